// Every article waiting for its story.
MATCH (a:ClusterPending)
RETURN a.id AS id
