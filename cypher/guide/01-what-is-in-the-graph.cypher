// What is in the graph
// Every label and how many nodes carry it: articles, the outlets that published them, topics, images, the URLs
// articles were seen under, and the source documents every fact was loaded from.
MATCH (n)
WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
RETURN labels(n)[0] AS label, count(*) AS nodes
ORDER BY nodes DESC
