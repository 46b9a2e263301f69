// The meaning half of a search: the articles and the stories whose sentence vectors are nearest a query's, nearest
// first, with Neo4j's cosine similarity, (1 + cosine) / 2. The app encodes the query; here, the vector of some
// article stands in.
// :param vector => COLLECT { MATCH (a:Article) WHERE a.embedding IS NOT NULL RETURN a.embedding LIMIT 1 }[0]
// :param limit => 100
CALL {
  CALL db.index.vector.queryNodes('article_embedding', $limit, $vector) YIELD node, score
  RETURN collect({id: node.id, similarity: score, story: [(node)-[:IN_STORY]->(s:Story) | s.id][0]}) AS articles
}
CALL {
  CALL db.index.vector.queryNodes('story_embedding', $limit, $vector) YIELD node, score
  RETURN collect({id: node.id, similarity: score}) AS stories
}
RETURN articles, stories
