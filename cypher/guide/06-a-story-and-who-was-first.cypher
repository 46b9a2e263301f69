// A story and who was first
// The story told by the most outlets, as a graph: its articles and their outlets. Click an article to see its publishedAt: the earliest one's outlet was first.
MATCH (s:Story)
WITH s ORDER BY s.outletCount DESC, s.articleCount DESC, s.id LIMIT 1
MATCH path = (s)<-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(:Outlet)
RETURN path
