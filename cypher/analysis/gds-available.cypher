// Whether the server has Graph Data Science's weakly connected components.
SHOW PROCEDURES YIELD name
WHERE name = 'gds.wcc.stream'
RETURN count(*) > 0 AS available
