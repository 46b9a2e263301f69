MATCH (o:Outlet)
RETURN count(o) AS total
