// The co-coverage network's raw material, one row per story within the filters: the outlets that covered it, with
// their articles on it. The app counts both the outlets' stories and the stories each pair shares from these rows,
// so the two agree even while the analysis forms stories again (Neo4j reads committed data statement by statement).
// :param campaign => null
// :param topic => null
// :param from => null
// :param to => null
MATCH (s:Story)<-[:IN_STORY]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WHERE ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($campaign IS NULL OR EXISTS { (a)-[:IN_CAMPAIGN]->(:Campaign {id: $campaign}) })
  AND ($topic IS NULL OR EXISTS { (a)-[:HAS_TOPIC]->(:Topic {name: $topic}) })
WITH s, o, count(a) AS articles
WITH s, collect(o {.domain, .name, articles: articles}) AS outlets
RETURN outlets
