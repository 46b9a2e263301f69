// Images by URL; what a document states is kept, what it leaves out is not erased. Set inside MERGE, as in
// merge-articles, so that the plan needs no Eager step.
// :param images => [{url: 'https://example.org/a.jpg', properties: {width: 1200, height: 675}}]
UNWIND $images AS row
MERGE (i:Image {url: row.url})
  ON CREATE SET i += row.properties
  ON MATCH SET i += row.properties
