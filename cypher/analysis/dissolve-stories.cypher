// Stories about to be formed again, or left without articles: their articles wait for their new story, and what
// each story added to its outlets' counts and to CO_COVERS (write-stories) is taken away again.
// :param stories => ['0f5e9d7c3b1a29e8d6c4']
UNWIND $stories AS storyId
MATCH (s:Story {id: storyId})
CALL {
  WITH s
  UNWIND range(0, size(coalesce(s.outletDomains, [])) - 1) AS i
  MATCH (o:Outlet {domain: s.outletDomains[i]})
  SET o.stories = o.stories - 1, o.storyArticles = o.storyArticles - s.outletArticles[i]
}
CALL {
  WITH s
  UNWIND coalesce(s.outletDomains, []) AS first
  UNWIND coalesce(s.outletDomains, []) AS second
  WITH first, second
  WHERE first < second
  MATCH (:Outlet {domain: first})-[shared:CO_COVERS]->(:Outlet {domain: second})
  SET shared.stories = shared.stories - 1
  WITH shared
  WHERE shared.stories <= 0
  DELETE shared
}
CALL {
  WITH s
  MATCH (s)<-[:IN_STORY]-(a:Article)
  SET a:ClusterPending
}
DETACH DELETE s
