// Test set-up check: how many of the 'zebra' articles have the internal id of one of the stale memberships. Nodes
// and relationships are numbered apart, so their ids can be equal.
// :param campaign => 'zebras'
MATCH (:Article {id: 'stale-member'})-[membership:IN_CAMPAIGN]->(:Campaign {id: $campaign})
MATCH (a)
WHERE id(a) = id(membership) AND a.id STARTS WITH 'zebra-'
RETURN count(a) AS articles
