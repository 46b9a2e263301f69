// Organisations no longer in the gazetteer go, with their mentions.
// :param ids => ['big-brother-watch', 'liberty']
MATCH (o:Organisation)
WHERE NOT o.id IN $ids
DETACH DELETE o
