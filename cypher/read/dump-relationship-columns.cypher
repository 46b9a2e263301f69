// The columns of a whole-graph dump: for each relationship type, each property key and the types its values have.
MATCH (a)-[r]->(b)
WHERE none(label IN labels(a) + labels(b) WHERE label STARTS WITH '__')
UNWIND CASE keys(r) WHEN [] THEN [null] ELSE keys(r) END AS key
RETURN type(r) AS type, key, collect(DISTINCT valueType(r[key])) AS types
