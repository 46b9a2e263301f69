// Images by URL; what a document states is kept, what it leaves out is not erased.
// :param images => [{url: 'https://example.org/a.jpg', properties: {width: 1200, height: 675}}]
UNWIND $images AS row
MERGE (i:Image {url: row.url})
SET i += row.properties
