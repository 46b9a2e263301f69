// The outlets of the co-coverage network, with the articles and stories each has within the filters.
// :param campaign => null
// :param topic => null
// :param from => null
// :param to => null
MATCH (s:Story)<-[:IN_STORY]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WHERE ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($campaign IS NULL OR EXISTS { (a)-[:IN_CAMPAIGN]->(:Campaign {id: $campaign}) })
  AND ($topic IS NULL OR EXISTS { (a)-[:HAS_TOPIC]->(:Topic {name: $topic}) })
WITH o, count(DISTINCT a) AS articles, count(DISTINCT s) AS stories
RETURN o {.domain, .name, articles: articles, stories: stories} AS outlet
