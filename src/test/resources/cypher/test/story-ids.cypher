MATCH (s:Story)
RETURN s.id AS id
