// The outlets that covered at least one story an outlet covered, with how many stories each covered and how
// many of them the two share: the counts from which Jaccard and overlap coefficients follow.
// :param domain => 'express.co.uk'
MATCH (o:Outlet {domain: $domain})
CALL {
  WITH o
  MATCH (o)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story)
  RETURN collect(DISTINCT s) AS covered
}
UNWIND covered AS s
MATCH (s)<-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(other:Outlet)
WHERE other <> o
WITH o, size(covered) AS stories, other, count(DISTINCT s) AS shared
CALL {
  WITH other
  MATCH (other)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(t:Story)
  RETURN count(DISTINCT t) AS otherStories
}
RETURN stories, collect(other {.domain, .name, stories: otherStories, shared: shared}) AS others
