// Outlets covering the same stories
// A story is one event told by one or more outlets (IN_STORY, found by the analysis). Two outlets are close when they covered the same stories.
MATCH (o1:Outlet)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story)<-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(o2:Outlet)
WHERE o1.domain < o2.domain
RETURN o1.name AS outlet, o2.name AS other, count(DISTINCT s) AS sharedStories
ORDER BY sharedStories DESC, outlet, other
LIMIT 20
