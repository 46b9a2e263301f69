// One page of the articles written since the last round, whose organisations are to be found; tagged as in
// articles-to-tag. Read from the pending label, not the id index: at a million articles, one statement for both
// cases walked every article's id at each round of a stream to find a hundred pending ones.
// :param after => ''
// :param limit => 1000
MATCH (a:ClusterPending)
WHERE a.id > $after AND a:Article
RETURN a.id AS id, a.title AS title, a.excerpt AS excerpt, EXISTS { (a)-[:MENTIONS]->(:Organisation) } AS tagged
ORDER BY a.id
LIMIT $limit
