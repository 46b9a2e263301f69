// Every URL an article was seen under (as given, and canonical), so that any of them finds it.
// sources: the documents that gave the URL, so that a changed or unloaded document takes back only its own.
// :param links => [{url: 'https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp', article: '5c1e0b3e4b1f0a9d8c7e', source: '/data/seeds/a.txt'}]
UNWIND $links AS link
MATCH (a:Article {id: link.article})
MERGE (u:Url {url: link.url})
MERGE (u)-[r:IDENTIFIES]->(a)
SET r.sources = [source IN coalesce(r.sources, []) WHERE source <> link.source] + link.source
