// The organisations of the co-occurrence network, with how many articles name each within the filters.
// :param campaign => null
// :param topic => null
// :param from => null
// :param to => null
MATCH (a:Article)-[:MENTIONS]->(g:Organisation)
WHERE ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($campaign IS NULL OR EXISTS { (a)-[:IN_CAMPAIGN]->(:Campaign {id: $campaign}) })
  AND ($topic IS NULL OR EXISTS { (a)-[:HAS_TOPIC]->(:Topic {name: $topic}) })
WITH g, count(DISTINCT a) AS articles
RETURN g {.id, .name, .kind, articles: articles} AS organisation
