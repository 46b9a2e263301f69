// The edges of the co-occurrence network (as GDELT draws them): two organisations are linked by the articles
// that name both, within the filters.
// :param campaign => null
// :param topic => null
// :param from => null
// :param to => null
// :param minWeight => 1
// :param limit => 5000
MATCH (a:Article)-[:MENTIONS]->(g:Organisation)
WHERE ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($campaign IS NULL OR EXISTS { (a)-[:IN_CAMPAIGN]->(:Campaign {id: $campaign}) })
  AND ($topic IS NULL OR EXISTS { (a)-[:HAS_TOPIC]->(:Topic {name: $topic}) })
WITH a, collect(g.id) AS named
WHERE size(named) > 1
UNWIND named AS source
UNWIND named AS target
WITH source, target, a
WHERE source < target
WITH source, target, count(a) AS articles
WHERE articles >= $minWeight
RETURN {source: source, target: target, weight: articles} AS edge
ORDER BY edge.weight DESC, edge.source, edge.target
LIMIT $limit
