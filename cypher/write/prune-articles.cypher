// Articles no document describes any more are gone, with their relationships.
// :param articles => ['5c1e0b3e4b1f0a9d8c7e']
UNWIND $articles AS id
MATCH (a:Article {id: id})
WHERE NOT EXISTS { (:SourceDocument)-[:DESCRIBES]->(a) }
DETACH DELETE a
