// Articles, newest first, one page at a time.
// :param skip => 0
// :param limit => 20
MATCH (a:Article)
WITH a
ORDER BY a.publishedAt DESC, a.id
SKIP $skip
LIMIT $limit
RETURN a {
  .id, .url, .title, .excerpt, .publishedAt,
  outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o {.domain, .name}][0]
} AS article
