// A campaign's articles found again: those its full-text query finds in titles and excerpts, within its dates,
// topics and outlets, replace the memberships found before. The search runs before anything is deleted: in a
// transaction that has deleted a relationship, Neo4j 5.26's full-text search misses the node whose internal id
// equals that relationship's, so clearing first would lose an article now and then.
// :param id => 'uk-live-facial-recognition'
// :param query => '"facial recognition" AND (ban OR halt OR stop)'
// :param from => date('2019-01-01')
// :param to => null
// :param topics => []
// :param outlets => []
MATCH (c:Campaign {id: $id})
CALL {
  CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node AS a, score
  WHERE ($from IS NULL OR date(a.publishedAt) >= $from)
    AND ($to IS NULL OR date(a.publishedAt) <= $to)
    AND (size($topics) = 0 OR EXISTS { (a)-[:HAS_TOPIC]->(t:Topic) WHERE t.name IN $topics })
    AND (size($outlets) = 0 OR EXISTS { (a)-[:PUBLISHED_BY]->(o:Outlet) WHERE o.domain IN $outlets })
  RETURN collect({article: a, score: score}) AS found
}
CALL {
  WITH c
  MATCH (:Article)-[old:IN_CAMPAIGN]->(c)
  DELETE old
}
UNWIND found AS member
WITH c, member.article AS a, member.score AS score
CREATE (a)-[:IN_CAMPAIGN {score: score}]->(c)
RETURN count(a) AS articles
