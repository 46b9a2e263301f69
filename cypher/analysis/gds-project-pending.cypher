// An in-memory GDS graph of the pending articles and the links strong enough to put two in one story.
// :param graphName => 'newsgraph-stories'
// :param threshold => 0.18
MATCH (a:ClusterPending)
OPTIONAL MATCH (a)-[link:SIMILAR_TO]->(b:ClusterPending)
WHERE link.score >= $threshold
WITH gds.graph.project($graphName, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.nodeCount AS articles, graph.relationshipCount AS links
