// Articles alike in meaning
// Every article carries a sentence vector of its title and excerpt (384 numbers, worked out inside newsgraph, nothing sent anywhere), and a vector index finds the nearest. Here: the ten articles nearest in meaning to the Daily Express's report of MPs calling for a stop to live facial recognition, whatever words they use, with their similarity ((1 + cosine) / 2) and whether they are in its story. The app's own search (read/search-by-meaning) encodes the words you type the same way.
// :param url => 'https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps'
MATCH (:Url {url: $url})-[:IDENTIFIES]->(a:Article)
CALL db.index.vector.queryNodes('article_embedding', 11, a.embedding) YIELD node AS alike, score
WHERE alike <> a
RETURN alike.title AS title, [(alike)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] AS outlet, round(score, 3) AS similarity,
  EXISTS { (a)-[:IN_STORY]->(:Story)<-[:IN_STORY]-(alike) } AS sameStory
ORDER BY similarity DESC
