// Articles no file describes: there must be none.
MATCH (a:Article)
WHERE NOT EXISTS { (:SourceDocument)-[:DESCRIBES]->(a) }
RETURN count(a) AS count
