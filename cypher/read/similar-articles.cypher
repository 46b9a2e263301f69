// "More like this": the articles nearest one article in meaning (cosine of their sentence vectors), with what else
// they share with it: the organisations both name, whether one outlet published both, and the days between them.
// The app mixes these into one score (query.SimilarArticles). Asked for by words ($byWords), or for an article without
// a vector yet, the neighbours are those of the similarity links the story clustering wrote, by score.
// :param id => COLLECT { MATCH (a:Article) WHERE a.embedding IS NOT NULL RETURN a.id LIMIT 1 }[0]
// :param candidates => 50
// :param byWords => false
MATCH (a:Article {id: $id})
CALL {
  WITH a
  WITH a WHERE a.embedding IS NOT NULL AND NOT $byWords
  CALL db.index.vector.queryNodes('article_embedding', $candidates + 1, a.embedding) YIELD node, score
  RETURN node AS other, score, 'meaning' AS by
  UNION
  WITH a
  WITH a WHERE a.embedding IS NULL OR $byWords
  MATCH (a)-[link:SIMILAR_TO]-(node:Article)
  WITH node, max(link.score) AS score
  ORDER BY score DESC
  LIMIT $candidates
  RETURN node AS other, score, 'words' AS by
}
WITH a, other, score, by
WHERE other <> a
RETURN other.id AS id, score, by,
  COUNT { (a)-[:MENTIONS]->(:Organisation)<-[:MENTIONS]-(other) } AS sharedOrganisations,
  EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet)<-[:PUBLISHED_BY]-(other) } AS sameOutlet,
  CASE WHEN a.publishedAt IS NOT NULL AND other.publishedAt IS NOT NULL
    THEN abs(duration.inSeconds(a.publishedAt, other.publishedAt).seconds) / 86400.0 END AS daysApart
