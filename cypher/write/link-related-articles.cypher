// From a document's main article to each article in its related list.
// :param links => [{from: '5c1e0b3e4b1f0a9d8c7e', to: '0a9d8c7e5c1e0b3e4b1f'}]
UNWIND $links AS link
MATCH (a:Article {id: link.from})
MATCH (b:Article {id: link.to})
MERGE (a)-[:RELATED_TO]->(b)
