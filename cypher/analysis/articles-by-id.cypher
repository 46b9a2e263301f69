// What clustering needs of some articles: the members of stories about to be written, or the undated pending articles.
// :param ids => ['664e61e3c94593aa7203']
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .title, .excerpt, .publishedAt,
  outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0],
  related: [(a)-[:RELATED_TO]-(r:Article) | r.id],
  images: [(a)-[:HAS_IMAGE]->(i:Image) | i.url],
  story: [(a)-[:IN_STORY]->(s:Story) | s.id][0],
  pending: a:ClusterPending
} AS article
