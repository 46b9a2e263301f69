// Stories covered by at least so many outlets, most articles first, one page at a time, when nothing else narrows
// them: read in the order of the articleCount index, a page of it, not every story. The same order as stories.cypher
// sorted by size.
// :param minOutlets => 1
// :param skip => 0
// :param limit => 20
MATCH (s:Story)
USING INDEX s:Story(articleCount)
WHERE s.articleCount IS NOT NULL AND s.outletCount >= $minOutlets
WITH s
ORDER BY s.articleCount DESC, s.outletCount DESC, s.lastPublishedAt DESC, s.id
SKIP $skip
LIMIT $limit
RETURN collect(s {
  .id, .headline, .firstPublishedAt, .lastPublishedAt, .articleCount, .outletCount, .topTerms
}) AS stories
