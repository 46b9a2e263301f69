// Every node with its labels and properties except bookkeeping, for comparing two graphs.
MATCH (n)
WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
RETURN labels(n) AS labels, properties(n) AS properties
