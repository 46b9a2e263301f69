// Stories with their articles; the articles stop waiting.
// :param stories => [{id: '0f5e9d7c3b1a29e8d6c4', properties: {headline: 'MPs call for immediate stop', articleCount: 2}, articles: ['a1', 'a2']}]
UNWIND $stories AS row
MERGE (s:Story {id: row.id})
SET s += row.properties
WITH s, row
UNWIND row.articles AS articleId
MATCH (a:Article {id: articleId})
MERGE (a)-[:IN_STORY]->(s)
REMOVE a:ClusterPending
