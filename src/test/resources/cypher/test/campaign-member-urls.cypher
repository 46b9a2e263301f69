// The URLs of a campaign's articles.
MATCH (a:Article)-[:IN_CAMPAIGN]->(:Campaign {id: $id})
RETURN a.url AS url
