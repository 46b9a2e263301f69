// Every relationship of a whole-graph dump, in one stream.
MATCH (a)-[r]->(b)
WHERE none(label IN labels(a) + labels(b) WHERE label STARTS WITH '__')
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties
