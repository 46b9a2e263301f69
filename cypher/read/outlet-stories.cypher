// Whether an outlet is in the graph, and how many stories it covered.
// :param domain => 'express.co.uk'
MATCH (o:Outlet {domain: $domain})
RETURN COUNT { MATCH (o)<-[:PUBLISHED_BY]-(:Article)-[:IN_STORY]->(s:Story) RETURN DISTINCT s } AS stories
