// Free a projected graph's memory.
// :param graphName => 'newsgraph-stories'
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
