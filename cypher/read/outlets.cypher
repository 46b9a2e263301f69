// Outlets with how many articles they published, most prolific first.
// :param skip => 0
// :param limit => 20
MATCH (o:Outlet)
WITH o, COUNT { (o)<-[:PUBLISHED_BY]-(:Article) } AS articles
ORDER BY articles DESC, o.domain
SKIP $skip
LIMIT $limit
RETURN o {.domain, .name, articles: articles} AS outlet
