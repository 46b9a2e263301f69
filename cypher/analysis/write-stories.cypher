// Stories with their articles; each article gets its distinct word stems (the next rounds' document frequencies
// count them) and stops waiting. Each property is named: SET s += map could write the id the article lookup reads,
// and Neo4j would hold every row in an Eager step. Each story also counts in what the reads would otherwise work
// out over the whole graph: its outlets' stories and articles in stories, and the stories each pair of its outlets
// shares (CO_COVERS, from the outlet whose domain sorts first), from the outlets the app counted among the members.
// The story keeps its outlets and their articles, so that dissolving it takes away exactly what it added; as
// outletDomains, since a property named like a key of the rows (outlets) made Neo4j hold every row (Eager).
// A story written waits for its sentence vector, the mean of its members' (EmbeddingPending).
// :param stories => [{id: '0f5e9d7c3b1a29e8d6c4', properties: {headline: 'MPs call for immediate stop', headlineArticle: 'a1', firstPublishedAt: datetime('2024-03-01T10:00:00Z'), lastPublishedAt: datetime('2024-03-02T10:00:00Z'), articleCount: 2, outletCount: 2, topTerms: ['mps', 'stop']}, articles: [{id: 'a1', terms: ['mps', 'immedi', 'stop']}, {id: 'a2', terms: ['stop']}], outlets: [{domain: 'express.co.uk', articles: 1}, {domain: 'morningstaronline.co.uk', articles: 1}]}]
UNWIND $stories AS row
MERGE (s:Story {id: row.id})
SET s.headline = row.properties.headline,
    s.headlineArticle = row.properties.headlineArticle,
    s.firstPublishedAt = row.properties.firstPublishedAt,
    s.lastPublishedAt = row.properties.lastPublishedAt,
    s.articleCount = row.properties.articleCount,
    s.outletCount = row.properties.outletCount,
    s.topTerms = row.properties.topTerms,
    s.outletDomains = [outlet IN row.outlets | outlet.domain],
    s.outletArticles = [outlet IN row.outlets | outlet.articles],
    s:EmbeddingPending
WITH s, row
CALL {
  WITH s, row
  UNWIND row.articles AS member
  MATCH (a:Article {id: member.id})
  SET a.terms = coalesce(member.terms, a.terms)
  MERGE (a)-[:IN_STORY]->(s)
  REMOVE a:ClusterPending
}
CALL {
  WITH row
  UNWIND row.outlets AS outlet
  MATCH (o:Outlet {domain: outlet.domain})
  SET o.stories = coalesce(o.stories, 0) + 1,
      o.storyArticles = coalesce(o.storyArticles, 0) + outlet.articles
}
CALL {
  WITH row
  UNWIND row.outlets AS first
  UNWIND row.outlets AS second
  WITH first, second
  WHERE first.domain < second.domain
  MATCH (a:Outlet {domain: first.domain}), (b:Outlet {domain: second.domain})
  MERGE (a)-[shared:CO_COVERS]->(b)
  SET shared.stories = coalesce(shared.stories, 0) + 1
}
