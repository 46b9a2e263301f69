// Every node of a whole-graph dump, in one stream.
MATCH (n)
WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
