// What is in the graph
// Every label and how many nodes carry it: articles, the outlets that published them, topics, images, the URLs
// articles were seen under, and the source documents every fact was loaded from.
MATCH (n)
WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
RETURN labels(n)[0] AS label, count(*) AS nodes
ORDER BY nodes DESC
