// One page of every article, whose organisations are to be found (a new gazetteer, a recluster); tagged says
// whether an article names organisations now, so that one that names none, then or now, costs no write.
// :param after => ''
// :param limit => 1000
MATCH (a:Article)
WHERE a.id > $after
RETURN a.id AS id, a.title AS title, a.excerpt AS excerpt, EXISTS { (a)-[:MENTIONS]->(:Organisation) } AS tagged
ORDER BY a.id
LIMIT $limit
