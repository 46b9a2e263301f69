// Every relationship with its type, properties and the natural keys of its ends, for comparing two graphs.
MATCH (a)-[r]->(b)
WHERE NOT a:__Neo4jMigration AND NOT b:__Neo4jMigration
RETURN type(r) AS type, properties(r) AS properties,
  coalesce(a.id, a.domain, a.name, a.url, a.path) AS start, coalesce(b.id, b.domain, b.name, b.url, b.path) AS end
