// Stories whose articles are all gone.
MATCH (s:Story)
WHERE NOT EXISTS { (s)<-[:IN_STORY]-(:Article) }
DELETE s
