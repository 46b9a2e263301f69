// The article seen under each URL (as given or in canonical form) and its similarity links within the window, either
// way, with the score the app wrote; article null where none was seen.
// :param labels => [{index: 0, url: 'https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps', canonical: 'https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps'}]
// :param windowDays => 7.0
UNWIND $labels AS label
OPTIONAL MATCH (u:Url)-[:IDENTIFIES]->(a:Article)
WHERE u.url IN [label.url, label.canonical]
WITH label, a
ORDER BY CASE WHEN a.url = label.canonical THEN 0 ELSE 1 END, a.id
WITH label, collect(a)[0] AS a
RETURN label.index AS index, a.id AS article,
       [(a)-[r:SIMILAR_TO]-(b:Article) WHERE r.days <= $windowDays | {article: b.id, score: r.score}] AS links
