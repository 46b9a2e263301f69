// Takes back the topic, image and URL links the given documents stated; a link no document states any more goes.
// :param paths => ['/data/seeds/000_7df6ec0e15e5056b.txt']
UNWIND $paths AS path
MATCH (:SourceDocument {path: path})-[:DESCRIBES]->(a:Article)
MATCH (a)-[link:HAS_TOPIC|HAS_IMAGE|IDENTIFIES]-()
WHERE path IN link.sources
SET link.sources = [source IN link.sources WHERE source <> path]
WITH DISTINCT link
WHERE size(link.sources) = 0
DELETE link
