// The members of some stories that are not waiting for their story: the round keeps their links.
// :param stories => ['0f5e9d7c3b1a29e8d6c4']
UNWIND $stories AS storyId
MATCH (:Story {id: storyId})<-[:IN_STORY]-(a:Article)
WHERE NOT a:ClusterPending
RETURN a.id AS id
