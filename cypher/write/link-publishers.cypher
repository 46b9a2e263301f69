// One publisher per article, chosen by the rule of merge-articles: a main block's outlet wins over a related item's.
// :param links => [{article: '5c1e0b3e4b1f0a9d8c7e', outlet: 'express.co.uk', fromMain: true}]
UNWIND $links AS link
MATCH (a:Article {id: link.article})
WHERE link.fromMain OR a.fromMain IS NULL
MATCH (o:Outlet {domain: link.outlet})
OPTIONAL MATCH (a)-[previous:PUBLISHED_BY]->(other:Outlet)
WHERE other <> o
DELETE previous
MERGE (a)-[:PUBLISHED_BY]->(o)
