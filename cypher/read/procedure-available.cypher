// Whether the server has a procedure (Graph Data Science's, say).
// :param name => 'gds.nodeSimilarity.filtered.stream'
SHOW PROCEDURES YIELD name
WHERE name = $name
RETURN count(*) > 0 AS available
