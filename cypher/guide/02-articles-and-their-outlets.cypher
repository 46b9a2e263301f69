// Articles and their outlets
// Each article is published by one outlet, identified by its domain. Newest first.
MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet)
RETURN a.publishedAt AS published, o.name AS outlet, a.title AS title
ORDER BY published DESC
LIMIT 25
