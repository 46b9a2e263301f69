// Similarity links, from the earlier article to the later one. Created, not merged: the round has just deleted
// every link of its pending articles, and each link has a pending end.
// :param links => [{from: 'a1', to: 'a2', score: 0.41, cosine: 0.41, jaccard: 0.06, days: 0.1, method: 'tfidf', syndicated: false}]
UNWIND $links AS link
MATCH (a:Article {id: link.from}), (b:Article {id: link.to})
CREATE (a)-[:SIMILAR_TO {score: link.score, cosine: link.cosine, jaccard: link.jaccard, days: link.days,
                         method: link.method, syndicated: link.syndicated}]->(b)
