// Every URL an article was seen under (as given, and canonical), so that any of them finds it.
// :param links => [{url: 'https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp', article: '5c1e0b3e4b1f0a9d8c7e'}]
UNWIND $links AS link
MATCH (a:Article {id: link.article})
MERGE (u:Url {url: link.url})
MERGE (u)-[:IDENTIFIES]->(a)
