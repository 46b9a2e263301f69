// Articles without a story, or still waiting for one: none once clustering is done.
MATCH (a:Article)
WHERE NOT (a)-[:IN_STORY]->(:Story) OR a:ClusterPending
RETURN count(a) AS n
