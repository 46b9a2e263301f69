// Test set-up: articles a campaign's query ('zebra') finds, and as many memberships of an article it does not find,
// as though they had been found before.
// :param campaign => 'zebras'
// :param round => 1
// :param count => 1000
MATCH (c:Campaign {id: $campaign})
MERGE (stale:Article {id: 'stale-member'})
WITH c, stale
UNWIND range(1, $count) AS i
CREATE (:Article {id: 'zebra-' + $round + '-' + i, title: 'Zebra crossing ' + i})
CREATE (stale)-[:IN_CAMPAIGN]->(c)
