// Stories now add themselves to their outlets' counts and to CO_COVERS when they are written (write-stories). The
// articles of stories written before that wait to be formed again by the next round, which counts them.
MATCH (s:Story)<-[:IN_STORY]-(a:Article)
WHERE s.outletDomains IS NULL
SET a:ClusterPending
