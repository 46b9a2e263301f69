// What clustering needs of every article of some stories.
// :param stories => ['0f5e9d7c3b1a29e8d6c4']
UNWIND $stories AS storyId
MATCH (:Story {id: storyId})<-[:IN_STORY]-(a:Article)
RETURN a {
  .id, .title, .excerpt, .publishedAt,
  outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0],
  related: [(a)-[:RELATED_TO]-(r:Article) | r.id],
  images: [(a)-[:HAS_IMAGE]->(i:Image) | i.url],
  story: storyId,
  pending: a:ClusterPending
} AS article
