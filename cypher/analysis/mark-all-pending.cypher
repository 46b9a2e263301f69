// Every article waits for its story: the start of a full re-clustering.
MATCH (a:Article)
SET a:ClusterPending
