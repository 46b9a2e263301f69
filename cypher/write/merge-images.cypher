// :param images => [{url: 'https://example.org/a.jpg', width: 1200, height: 675}]
UNWIND $images AS row
MERGE (i:Image {url: row.url})
SET i.width = coalesce(row.width, i.width), i.height = coalesce(row.height, i.height)
