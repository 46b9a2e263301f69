// Campaigns, largest first: their definition, size, span, and who runs them.
// :param skip => 0
// :param limit => 20
MATCH (c:Campaign)
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Article)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  RETURN count(DISTINCT a) AS articles, count(DISTINCT o) AS outlets, min(a.publishedAt) AS first,
         max(a.publishedAt) AS last
}
WITH c, articles, outlets, first, last
ORDER BY articles DESC, c.id
SKIP $skip
LIMIT $limit
RETURN c {
  .id, .name, .description, .query, .from, .to,
  articles: articles, outlets: outlets, firstPublishedAt: first, lastPublishedAt: last,
  organisations: [(g:Organisation)-[:RUNS]->(c) | g {.id, .name, .kind}],
  targets: [(c)-[:TARGETS]->(g:Organisation) | g {.id, .name, .kind}]
} AS campaign
