// Outlets with how many articles they published, most prolific first. Only articles are published by an outlet
// (link-articles), so the count is the outlet's number of PUBLISHED_BY relationships, which Neo4j keeps: walking
// them took 0.26-0.51 s at 200,000 documents.
// :param skip => 0
// :param limit => 20
MATCH (o:Outlet)
WITH o, COUNT { (o)<-[:PUBLISHED_BY]-() } AS articles
ORDER BY articles DESC, o.domain
SKIP $skip
LIMIT $limit
RETURN o {.domain, .name, articles: articles} AS outlet
