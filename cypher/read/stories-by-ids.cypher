// Stories by id, as lists show them.
// :param ids => [(s:Story) | s.id][..5]
UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s {.id, .headline, .firstPublishedAt, .lastPublishedAt, .articleCount, .outletCount, .topTerms} AS story
