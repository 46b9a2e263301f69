// What clustering needs of the articles published between two instants: one window of a round and its margins.
// :param from => datetime('2021-08-15T00:00:00Z')
// :param to => datetime('2021-08-31T00:00:00Z')
MATCH (a:Article)
WHERE a.publishedAt >= $from AND a.publishedAt <= $to
RETURN a {
  .id, .title, .excerpt, .publishedAt,
  outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0],
  related: [(a)-[:RELATED_TO]-(r:Article) | r.id],
  images: [(a)-[:HAS_IMAGE]->(i:Image) | i.url],
  story: [(a)-[:IN_STORY]->(s:Story) | s.id][0],
  pending: a:ClusterPending
} AS article
