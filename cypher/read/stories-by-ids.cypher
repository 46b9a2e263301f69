// Stories by id, as lists show them.
// :param ids => COLLECT { MATCH (s:Story) RETURN s.id LIMIT 5 }
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s {.id, .headline, .firstPublishedAt, .lastPublishedAt, .articleCount, .outletCount, .topTerms} AS story
