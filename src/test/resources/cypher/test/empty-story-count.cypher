// Stories without articles: none once clustering is done.
MATCH (s:Story)
WHERE NOT ()-[:IN_STORY]->(s)
RETURN count(s) AS n
