// Where every fact came from
// Each loaded file is a SourceDocument; DESCRIBES says which articles it described, as its main article or in its
// related list. An article several files mention is one node with several sources.
MATCH (s:SourceDocument)-[d:DESCRIBES]->(a:Article)
WITH a, collect(d.role + ': ' + s.path) AS sources
WHERE size(sources) > 1
RETURN a.title AS article, sources
ORDER BY size(sources) DESC
LIMIT 10
