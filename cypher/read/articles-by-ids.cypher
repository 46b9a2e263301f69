// Articles by id, as lists show them.
// :param ids => COLLECT { MATCH (a:Article) RETURN a.id LIMIT 5 }
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .url, .title, .excerpt, .publishedAt,
  outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o {.domain, .name}][0]
} AS article
