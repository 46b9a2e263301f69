// How coverage connects
// A document lists related articles; RELATED_TO links its main article to each. Switch to the graph view.
MATCH path = (:Article)-[:RELATED_TO]->(:Article)-[:PUBLISHED_BY]->(:Outlet)
RETURN path
LIMIT 50
