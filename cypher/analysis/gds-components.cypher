// Weakly connected components of a projected story graph: one component, one story.
// :param graphName => 'newsgraph-stories'
CALL gds.wcc.stream($graphName) YIELD nodeId, componentId
RETURN gds.util.asNode(nodeId).id AS article, componentId AS component
