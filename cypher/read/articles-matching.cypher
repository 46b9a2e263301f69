// Articles whose title or excerpt match a Lucene query, best match first, one page at a time, with how many match.
// :param text => 'Liberty AND ban'
// :param skip => 0
// :param limit => 20
CALL db.index.fulltext.queryNodes('article_text', $text) YIELD node
WITH collect(node) AS hits
CALL {
  WITH hits
  UNWIND hits[$skip..($skip + $limit)] AS a
  RETURN collect(a {
    .id, .url, .title, .excerpt, .publishedAt,
    outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o {.domain, .name}][0]
  }) AS articles
}
RETURN size(hits) AS total, articles
