// The texts of the articles published between two instants that keep their story: the round's word statistics
// count how they write their words.
// :param from => datetime('2021-08-15T00:00:00Z')
// :param to => datetime('2021-08-31T00:00:00Z')
MATCH (a:Article)
WHERE a.publishedAt >= $from AND a.publishedAt < $to AND NOT a:ClusterPending
RETURN a.id AS id, a.title AS title, a.excerpt AS excerpt
