// Articles no document describes any more are gone, with their relationships; their story is marked, so the next
// round finds it without looking at every story (empty-stories), and the rest of it waits to be formed again.
// :param articles => ['5c1e0b3e4b1f0a9d8c7e']
UNWIND $articles AS id
MATCH (a:Article {id: id})
WHERE NOT EXISTS { (:SourceDocument)-[:DESCRIBES]->(a) }
CALL {
  WITH a
  MATCH (a)-[:IN_STORY]->(s:Story)
  SET s:ArticleLost
  WITH a, s
  MATCH (s)<-[:IN_STORY]-(other:Article)
  WHERE other <> a
  SET other:ClusterPending
}
DETACH DELETE a
