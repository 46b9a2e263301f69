// The lock neo4j-migrations leaves behind when its process is killed while it holds it.
CREATE (:__Neo4jMigrationsLock {id: randomUUID(), name: 'John Doe'})
