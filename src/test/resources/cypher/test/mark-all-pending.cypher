// Every article waits for its story again (as after a load of everything).
MATCH (a:Article)
SET a:ClusterPending
