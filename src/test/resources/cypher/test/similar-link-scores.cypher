// Every similarity link as its two articles' ids, with its score.
MATCH (a:Article)-[link:SIMILAR_TO]->(b:Article)
RETURN a.id + ' ' + b.id AS pair, link.score AS score
