// The stories each pair of outlets shares and each outlet's stories and articles in them, walked over the graph.
CALL {
  MATCH (s:Story)<-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(o:Outlet)
  WITH s, collect(DISTINCT o.domain) AS outlets
  UNWIND outlets AS first
  UNWIND outlets AS second
  WITH first, second
  WHERE first < second
  WITH first, second, count(*) AS stories
  RETURN first + ' & ' + second + ': ' + stories AS count
  UNION
  MATCH (s:Story)<-[:IN_STORY]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
  WITH o, count(DISTINCT s) AS stories, count(a) AS articles
  RETURN o.domain + ': ' + stories + ' stories, ' + articles + ' articles' AS count
}
RETURN count
