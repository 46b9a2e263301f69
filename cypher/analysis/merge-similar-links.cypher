// Similarity links, from the earlier article to the later one.
// :param links => [{from: 'a1', to: 'a2', score: 0.41, cosine: 0.41, jaccard: 0.06, days: 0.1, method: 'tfidf', syndicated: false}]
UNWIND $links AS link
MATCH (a:Article {id: link.from}), (b:Article {id: link.to})
MERGE (a)-[similar:SIMILAR_TO]->(b)
SET similar.score = link.score, similar.cosine = link.cosine, similar.jaccard = link.jaccard,
    similar.days = link.days, similar.method = link.method, similar.syndicated = link.syndicated
