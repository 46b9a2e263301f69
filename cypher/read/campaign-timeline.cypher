// A campaign's attention over time: its articles and the outlets publishing them, per day, week or month
// (weeks start on Monday). Intervals without articles are left out.
// :param id => 'uk-live-facial-recognition'
// :param interval => 'month'
MATCH (c:Campaign {id: $id})
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
  WHERE a.publishedAt IS NOT NULL
  WITH date.truncate($interval, a.publishedAt) AS start, a, o
  WHERE start IS NOT NULL
  WITH start, count(DISTINCT a) AS articles, count(DISTINCT o) AS outlets
  ORDER BY start
  RETURN collect({start: start, articles: articles, outlets: outlets}) AS periods
}
RETURN periods
