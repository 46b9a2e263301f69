// Every story an outlet wrote in, by the outlet's latest article in it: the order its page's latest stories follow.
MATCH (:Outlet {domain: $domain})<-[:PUBLISHED_BY]-(a:Article)-[:IN_STORY]->(s:Story)
WITH s, max(a.publishedAt) AS latestArticle
ORDER BY latestArticle DESC
RETURN s.id AS story, latestArticle
