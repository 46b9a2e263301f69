// The links strong enough to put two pending articles in one story, of articles whose links a round kept: the members
// of the stories it dissolved. The links of every other pending article are the ones the round has just made.
// :param articles => ['664e61e3c94593aa7203']
// :param threshold => 0.17
UNWIND $articles AS id
MATCH (a:Article {id: id})-[link:SIMILAR_TO]-(b:ClusterPending)
WHERE a:ClusterPending AND link.score >= $threshold
RETURN a.id AS from, b.id AS to, link.score AS score
