// The edges of the co-coverage network: two outlets are linked by the stories both covered within the filters.
// :param campaign => null
// :param topic => null
// :param from => null
// :param to => null
// :param minWeight => 1
// :param limit => 5000
MATCH (s:Story)<-[:IN_STORY]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WHERE ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($campaign IS NULL OR EXISTS { (a)-[:IN_CAMPAIGN]->(:Campaign {id: $campaign}) })
  AND ($topic IS NULL OR EXISTS { (a)-[:HAS_TOPIC]->(:Topic {name: $topic}) })
WITH s, collect(DISTINCT o.domain) AS outlets
WHERE size(outlets) > 1
UNWIND outlets AS source
UNWIND outlets AS target
WITH source, target, s
WHERE source < target
WITH source, target, count(s) AS shared
WHERE shared >= $minWeight
RETURN {source: source, target: target, weight: shared} AS edge
ORDER BY edge.weight DESC, edge.source, edge.target
LIMIT $limit
