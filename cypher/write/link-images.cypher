// :param links => [{article: '5c1e0b3e4b1f0a9d8c7e', image: 'https://example.org/a.jpg'}]
UNWIND $links AS link
MATCH (a:Article {id: link.article})
MATCH (i:Image {url: link.image})
MERGE (a)-[:HAS_IMAGE]->(i)
