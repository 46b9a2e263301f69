// :param links => [{article: '5c1e0b3e4b1f0a9d8c7e', image: 'https://example.org/a.jpg', source: '/data/seeds/a.txt'}]
// sources: the documents that state the link, so that a changed or unloaded document takes back only its own.
UNWIND $links AS link
MATCH (a:Article {id: link.article})
MATCH (i:Image {url: link.image})
MERGE (a)-[r:HAS_IMAGE]->(i)
SET r.sources = [source IN coalesce(r.sources, []) WHERE source <> link.source] + link.source
