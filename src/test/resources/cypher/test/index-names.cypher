// The names of the indexes Neo4j keeps up to date (token lookups aside), constraints' own indexes included.
SHOW INDEXES YIELD name, type
WHERE type <> 'LOOKUP'
RETURN name
ORDER BY name
