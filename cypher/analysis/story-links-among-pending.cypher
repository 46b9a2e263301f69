// The links strong enough to put two pending articles in one story.
// :param threshold => 0.18
MATCH (a:ClusterPending)-[link:SIMILAR_TO]->(b:ClusterPending)
WHERE link.score >= $threshold
RETURN a.id AS from, b.id AS to
