// Two outlets side by side: how many stories each covered, and the stories both covered with each one's first
// article on it (who was first, and by how long).
// :param a => 'express.co.uk'
// :param b => 'morningstaronline.co.uk'
MATCH (oa:Outlet {domain: $a}), (ob:Outlet {domain: $b})
CALL {
  WITH oa
  OPTIONAL MATCH (oa)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story)
  RETURN count(DISTINCT s) AS storiesA
}
CALL {
  WITH ob
  OPTIONAL MATCH (ob)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story)
  RETURN count(DISTINCT s) AS storiesB
}
CALL {
  WITH oa, ob
  OPTIONAL MATCH (oa)<-[:PUBLISHED_BY]-(x:Article)-[:IN_STORY]->(s:Story)<-[:IN_STORY]-(y:Article)-[:PUBLISHED_BY]->(ob)
  WITH s, min(x.publishedAt) AS firstA, min(y.publishedAt) AS firstB
  ORDER BY s.firstPublishedAt DESC, s.id
  RETURN collect(s {.id, .headline, .articleCount, .outletCount, firstA: firstA, firstB: firstB}) AS shared
}
RETURN {
  a: oa {.domain, .name, stories: storiesA},
  b: ob {.domain, .name, stories: storiesB},
  shared: shared
} AS overlap
