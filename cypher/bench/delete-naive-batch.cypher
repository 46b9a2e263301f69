// Clears the naive baseline's nodes, a batch at a time, before newsgraph's own load is measured.
// :param limit => 10000
MATCH (n)
WHERE n:NaiveArticle OR n:NaiveOutlet OR n:NaiveTopic
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
