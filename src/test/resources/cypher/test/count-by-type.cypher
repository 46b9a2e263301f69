// :param type => 'RELATED_TO'
MATCH ()-[r]->()
WHERE type(r) = $type
RETURN count(r) AS count
