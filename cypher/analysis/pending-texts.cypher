// One page of the articles waiting for their story, in id order: their texts count in the round's word statistics,
// their dates place them in its windows, and their stories will be formed again.
// The stems stored with an article that was in a story before are asked for when the kept document frequencies
// count them.
// :param after => ''
// :param limit => 5000
// :param storedTerms => true
MATCH (a:Article)
WHERE a.id > $after AND a:ClusterPending
RETURN a.id AS id, a.title AS title, a.excerpt AS excerpt, a.publishedAt AS publishedAt,
       [(a)-[:IN_STORY]->(s:Story) | s.id][0] AS story, CASE WHEN $storedTerms THEN a.terms END AS storedTerms
ORDER BY a.id
LIMIT $limit
