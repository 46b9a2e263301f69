// Every node with its labels and properties except bookkeeping, for comparing two graphs.
MATCH (n)
WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
RETURN labels(n) AS labels, properties(n) AS properties
