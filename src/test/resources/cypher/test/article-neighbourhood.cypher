// What the graph says about one article, for checking it against the file it came from.
// :param id => '6a2b3c4d5e6f7a8b9c0d'
MATCH (a:Article {id: $id})
RETURN a.title AS title, a.titleRaw AS titleRaw,
  [(a)-[:PUBLISHED_BY]->(o:Outlet) | o.domain] AS outlets,
  [(a)-[:HAS_TOPIC]->(t:Topic) | t.name] AS topics,
  COUNT { (a)-[:HAS_IMAGE]->(:Image) } AS images,
  [(a)-[:RELATED_TO]->(r:Article) | r.id] AS related,
  [(s:SourceDocument)-[d:DESCRIBES]->(a) | s.path + ' ' + d.role] AS sources
