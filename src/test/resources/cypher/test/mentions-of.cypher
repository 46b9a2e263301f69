// How many articles mention an organisation.
MATCH (:Article)-[:MENTIONS]->(:Organisation {id: $id})
RETURN count(*) AS mentions
