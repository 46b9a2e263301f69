// The outlets most similar to one in the stories they cover, by Graph Data Science's node similarity on a
// projection of the outlets that share a story with it and every story those covered: all the similarity needs,
// however large the rest of the graph. The counts come back too, so that the scores can be shown with what they
// are made of.
// :param domain => 'express.co.uk'
// :param graphName => 'newsgraph-outlets'
// :param metric => 'JACCARD'
// :param limit => 10
MATCH (source:Outlet {domain: $domain})<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(:Story)
      <-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(other:Outlet)
WITH source, collect(DISTINCT other) AS others
UNWIND others + source AS neighbour
WITH DISTINCT neighbour
MATCH (neighbour)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(story:Story)
WITH DISTINCT neighbour, story
WITH gds.graph.project($graphName, neighbour, story) AS projection
MATCH (source:Outlet {domain: $domain})
CALL gds.nodeSimilarity.filtered.stream($graphName, {
  sourceNodeFilter: [source], topK: $limit, similarityMetric: $metric
})
YIELD node2, similarity
WITH source, gds.util.asNode(node2) AS other, similarity
CALL {
  WITH source, other
  MATCH (other)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(story:Story)
  WITH DISTINCT source, story
  RETURN count(story) AS otherStories,
         count(CASE WHEN EXISTS { (source)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(story) } THEN story END) AS shared
}
WITH source, collect(other {.domain, .name, stories: otherStories, shared: shared, similarity: similarity}) AS others
RETURN COUNT { MATCH (source)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(story:Story) RETURN DISTINCT story } AS stories,
       others
