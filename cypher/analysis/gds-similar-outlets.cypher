// The outlets most similar to one in the stories they cover, by Graph Data Science's node similarity on a
// projection of outlets and the stories they covered. The counts come back too, so that the scores can be
// shown with what they are made of.
// :param domain => 'express.co.uk'
// :param graphName => 'newsgraph-outlets'
// :param metric => 'JACCARD'
// :param limit => 10
MATCH (o:Outlet)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story)
WITH DISTINCT o, s
WITH gds.graph.project($graphName, o, s) AS projection
MATCH (source:Outlet {domain: $domain})
CALL gds.nodeSimilarity.filtered.stream($graphName, {
  sourceNodeFilter: [source], topK: $limit, similarityMetric: $metric
})
YIELD node2, similarity
WITH source, gds.util.asNode(node2) AS other, similarity
CALL {
  WITH source
  MATCH (source)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story)
  RETURN count(DISTINCT s) AS stories
}
CALL {
  WITH other
  MATCH (other)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(t:Story)
  RETURN count(DISTINCT t) AS otherStories
}
CALL {
  WITH source, other
  MATCH (source)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story)<-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(other)
  RETURN count(DISTINCT s) AS shared
}
RETURN stories, other {.domain, .name, stories: otherStories, shared: shared, similarity: similarity} AS other
