// Outlets covering the same articles
// Two outlets are close when articles of one list articles of the other as related.
MATCH (o1:Outlet)<-[:PUBLISHED_BY]-(:Article)-[:RELATED_TO]-(:Article)-[:PUBLISHED_BY]->(o2:Outlet)
WHERE o1.domain < o2.domain
RETURN o1.name AS outlet, o2.name AS other, count(*) AS links
ORDER BY links DESC
LIMIT 20
