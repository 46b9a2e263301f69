// A campaign's articles: those its full-text query finds in titles and excerpts, within its dates, topics and outlets.
// :param id => 'uk-live-facial-recognition'
// :param query => '"facial recognition" AND (ban OR halt OR stop)'
// :param from => date('2019-01-01')
// :param to => null
// :param topics => []
// :param outlets => []
MATCH (c:Campaign {id: $id})
CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node AS a, score
WHERE ($from IS NULL OR date(a.publishedAt) >= $from)
  AND ($to IS NULL OR date(a.publishedAt) <= $to)
  AND (size($topics) = 0 OR EXISTS { (a)-[:HAS_TOPIC]->(t:Topic) WHERE t.name IN $topics })
  AND (size($outlets) = 0 OR EXISTS { (a)-[:PUBLISHED_BY]->(o:Outlet) WHERE o.domain IN $outlets })
CREATE (a)-[:IN_CAMPAIGN {score: score}]->(c)
RETURN count(a) AS articles
