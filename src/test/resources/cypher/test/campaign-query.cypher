// The query a campaign has in the graph.
MATCH (c:Campaign {id: $id})
RETURN c.query AS query
