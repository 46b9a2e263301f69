// :param links => [{article: '5c1e0b3e4b1f0a9d8c7e', topic: 'AI'}]
UNWIND $links AS link
MATCH (a:Article {id: link.article})
MATCH (t:Topic {name: link.topic})
MERGE (a)-[:HAS_TOPIC]->(t)
