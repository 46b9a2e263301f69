// The article and story seen under each URL (as given or in canonical form); null where none was.
// :param labels => [{index: 0, url: 'https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps', canonical: 'https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps'}]
UNWIND $labels AS label
OPTIONAL MATCH (u:Url)-[:IDENTIFIES]->(a:Article)
WHERE u.url IN [label.url, label.canonical]
WITH label, a
ORDER BY CASE WHEN a.url = label.canonical THEN 0 ELSE 1 END, a.id
WITH label, collect(a)[0] AS a
RETURN label.index AS index, label.url AS url, a.id AS article, [(a)-[:IN_STORY]->(s:Story) | s.id][0] AS story
