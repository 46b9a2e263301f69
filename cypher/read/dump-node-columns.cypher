// The columns of a whole-graph dump: for each set of labels, each property key and the types its values have.
// Nodes of neo4j-migrations (labels starting with __) are left out: the schema is made anew where the dump goes.
MATCH (n)
WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
UNWIND CASE keys(n) WHEN [] THEN [null] ELSE keys(n) END AS key
RETURN labels(n) AS labels, key, collect(DISTINCT valueType(n[key])) AS types
