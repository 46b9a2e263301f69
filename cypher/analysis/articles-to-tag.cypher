// One page of the articles whose organisations are to be found: all of them, or those written since the last round;
// tagged says whether an article names organisations now, so that one that names none, then or now, costs no write.
// :param all => true
// :param after => ''
// :param limit => 1000
MATCH (a:Article)
WHERE a.id > $after AND ($all OR a:ClusterPending)
RETURN a.id AS id, a.title AS title, a.excerpt AS excerpt, EXISTS { (a)-[:MENTIONS]->(:Organisation) } AS tagged
ORDER BY a.id
LIMIT $limit
