// The words half of a search: the articles whose title or excerpt best match a Lucene query, best first, with the
// words they hold (how much of the query an article holds weighs its match), their story, and the similarity of their
// sentence vector to the query's, as the vector index gives it (null without one, or with no query vector).
// :param text => 'police scanning faces at protests'
// :param vector => null
// :param limit => 100
CALL db.index.fulltext.queryNodes('article_text', $text, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score, coalesce(node.title, '') + ' ' + coalesce(node.excerpt, '') AS text,
  [(node)-[:IN_STORY]->(s:Story) | s.id][0] AS story,
  CASE WHEN $vector IS NOT NULL AND node.embedding IS NOT NULL
    THEN vector.similarity.cosine(node.embedding, $vector) END AS similarity
