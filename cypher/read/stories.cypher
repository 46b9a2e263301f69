// Stories, filtered and sorted, one page at a time, with the number of stories that pass the filters.
// text: Lucene query over article titles and excerpts; topic: a topic name; outlet: a domain;
// from/to: stories covered within the range; minOutlets: at least this many outlets; sort: 'size' or 'recency'.
// :param text => '"facial recognition" AND ban'
// :param topic => null
// :param outlet => null
// :param from => datetime('2021-01-01T00:00:00Z')
// :param to => null
// :param minOutlets => 2
// :param sort => 'size'
// :param skip => 0
// :param limit => 20
CALL {
  MATCH (s:Story) WHERE $text IS NULL RETURN s
  UNION
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('article_text', text) YIELD node
  MATCH (node)-[:IN_STORY]->(s:Story)
  RETURN s
}
WITH s
WHERE s.outletCount >= $minOutlets
  AND ($from IS NULL OR s.lastPublishedAt >= $from)
  AND ($to IS NULL OR s.firstPublishedAt <= $to)
  AND ($topic IS NULL OR EXISTS { (s)<-[:IN_STORY]-(:Article)-[:HAS_TOPIC]->(:Topic {name: $topic}) })
  AND ($outlet IS NULL OR EXISTS { (s)<-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(:Outlet {domain: $outlet}) })
WITH s
ORDER BY CASE WHEN $sort = 'size' THEN s.articleCount ELSE 0 END DESC,
  CASE WHEN $sort = 'size' THEN s.outletCount ELSE 0 END DESC,
  s.lastPublishedAt DESC, s.id
WITH collect(s) AS stories
RETURN size(stories) AS total, [s IN stories[$skip..($skip + $limit)] | s {
  .id, .headline, .firstPublishedAt, .lastPublishedAt, .articleCount, .outletCount, .topTerms
}] AS stories
