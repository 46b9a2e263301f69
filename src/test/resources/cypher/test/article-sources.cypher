// :param id => '6a2b3c4d5e6f7a8b9c0d'
MATCH (s:SourceDocument)-[d:DESCRIBES]->(:Article {id: $id})
RETURN s.path AS path, d.role AS role
