// Articles no document describes any more are gone, with their relationships; the rest of their story waits
// to be formed again.
// :param articles => ['5c1e0b3e4b1f0a9d8c7e']
UNWIND $articles AS id
MATCH (a:Article {id: id})
WHERE NOT EXISTS { (:SourceDocument)-[:DESCRIBES]->(a) }
CALL {
  WITH a
  MATCH (a)-[:IN_STORY]->(:Story)<-[:IN_STORY]-(other:Article)
  SET other:ClusterPending
}
DETACH DELETE a
