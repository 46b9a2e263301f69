MATCH (a:Article)
RETURN count(a) AS n
