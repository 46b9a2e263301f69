// What the given documents touch: the articles they describe, and those articles' outlets, topics, images and
// URLs (by element id), which may be left orphaned once the documents are retracted.
// :param paths => ['/data/seeds/000_7df6ec0e15e5056b.txt']
UNWIND $paths AS path
MATCH (:SourceDocument {path: path})-[:DESCRIBES]->(a:Article)
OPTIONAL MATCH (a)-[:PUBLISHED_BY|HAS_TOPIC|HAS_IMAGE|IDENTIFIES]-(n)
RETURN collect(DISTINCT a.id) AS articles, collect(DISTINCT elementId(n)) AS neighbours
