// Stories about to be formed again: their articles wait for their new story.
// :param stories => ['0f5e9d7c3b1a29e8d6c4']
UNWIND $stories AS storyId
MATCH (s:Story {id: storyId})
CALL {
  WITH s
  MATCH (s)<-[:IN_STORY]-(a:Article)
  SET a:ClusterPending
}
DETACH DELETE s
