// Removes the RELATED_TO links that only the given (changed) documents supported, before they are loaded again.
// :param paths => ['/data/seeds/000_7df6ec0e15e5056b.txt']
UNWIND $paths AS path
MATCH (s:SourceDocument {path: path})-[:DESCRIBES {role: 'main'}]->(main:Article)-[link:RELATED_TO]->(other:Article)
WHERE (s)-[:DESCRIBES {role: 'related'}]->(other)
  AND NOT EXISTS {
    MATCH (t:SourceDocument)-[:DESCRIBES {role: 'main'}]->(main)
    WHERE t <> s AND (t)-[:DESCRIBES {role: 'related'}]->(other)
  }
DELETE link
