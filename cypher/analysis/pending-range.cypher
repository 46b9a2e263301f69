// How many articles wait for their story (new or changed since stories were last formed), and when they appeared.
MATCH (a:ClusterPending)
RETURN count(a) AS pending, min(a.publishedAt) AS first, max(a.publishedAt) AS last
