// Articles, newest first and undated last, one page at a time. The dated ones come in the order of the publishedAt
// index, so a page reads a page of the index, not every article; the undated ones are looked for only on the pages
// the dated ones do not fill.
// :param skip => 0
// :param limit => 20
CALL {
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
  WITH a
  ORDER BY a.publishedAt DESC, a.id
  SKIP $skip
  LIMIT $limit
  RETURN collect(a) AS dated
}
CALL {
  WITH dated
  UNWIND CASE WHEN size(dated) < $limit THEN [size(dated)] ELSE [] END AS found
  CALL {
    MATCH (d:Article)
    WHERE d.publishedAt IS NOT NULL
    RETURN count(d) AS datedTotal
  }
  CALL {
    MATCH (u:Article)
    WHERE u.publishedAt IS NULL
    WITH u
    ORDER BY u.id
    RETURN collect(u) AS undated
  }
  WITH undated, found, CASE WHEN $skip > datedTotal THEN $skip - datedTotal ELSE 0 END AS first
  UNWIND undated[first..first + $limit - found] AS u
  RETURN collect(u) AS undatedOnThePage
}
UNWIND dated + undatedOnThePage AS a
RETURN a {
  .id, .url, .title, .excerpt, .publishedAt,
  outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o {.domain, .name}][0]
} AS article
