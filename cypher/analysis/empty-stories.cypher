// Stories whose articles are all gone: they are dissolved like any other (dissolve-stories).
MATCH (s:Story)
WHERE NOT EXISTS { (s)<-[:IN_STORY]-(:Article) }
RETURN s.id AS id
