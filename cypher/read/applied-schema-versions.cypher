// The schema versions neo4j-migrations has applied, read without taking its lock.
MATCH (migration:__Neo4jMigration)
WHERE migration.version <> 'BASELINE'
RETURN collect(migration.version) AS versions
