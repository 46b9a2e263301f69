// One article with its story, outlet, topics, images, related articles and the files that describe it.
// :param id => '664e61e3c94593aa7203'
MATCH (a:Article {id: $id})
RETURN a {
  .id, .url, .webUrl, .originalUrl, .ampWebUrl, .cdnAmpWebUrl, .title, .excerpt, .titleKey, .publishedAt,
  .type, .quality, .heat, .published, .category, .firstSeen, .lastSeen,
  urls: [(u:Url)-[:IDENTIFIES]->(a) | u.url],
  outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o {.domain, .name}][0],
  story: [(a)-[:IN_STORY]->(s:Story) | s {.id, .headline, .articleCount, .outletCount}][0],
  topics: [(a)-[:HAS_TOPIC]->(t:Topic) | t.name],
  images: [(a)-[:HAS_IMAGE]->(i:Image) | i {.url, .width, .height}],
  related: [(a)-[:RELATED_TO]->(r:Article) | r {.id, .url, .title}],
  sources: [(s:SourceDocument)-[d:DESCRIBES]->(a) | {path: s.path, role: d.role}]
} AS article
