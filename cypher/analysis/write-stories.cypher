// Stories with their articles; each article gets its distinct word stems (the next rounds' document frequencies
// count them) and stops waiting. Each property is named: SET s += map could write the id the article lookup reads,
// and Neo4j would hold every row in an Eager step. Each story also counts in what the reads would otherwise work
// out over the whole graph: its outlets' stories and articles in stories, and the stories each pair of its outlets
// shares (CO_COVERS, from the outlet whose domain sorts first). The story keeps its outlets and their articles, so
// that dissolving it takes away exactly what it added.
// :param stories => [{id: '0f5e9d7c3b1a29e8d6c4', properties: {headline: 'MPs call for immediate stop', headlineArticle: 'a1', firstPublishedAt: datetime('2024-03-01T10:00:00Z'), lastPublishedAt: datetime('2024-03-02T10:00:00Z'), articleCount: 2, outletCount: 2, topTerms: ['mps', 'stop']}, articles: [{id: 'a1', terms: ['mps', 'immedi', 'stop']}, {id: 'a2', terms: ['stop']}]}]
UNWIND $stories AS row
MERGE (s:Story {id: row.id})
SET s.headline = row.properties.headline,
    s.headlineArticle = row.properties.headlineArticle,
    s.firstPublishedAt = row.properties.firstPublishedAt,
    s.lastPublishedAt = row.properties.lastPublishedAt,
    s.articleCount = row.properties.articleCount,
    s.outletCount = row.properties.outletCount,
    s.topTerms = row.properties.topTerms
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
  WITH s
  MATCH (s)<-[:IN_STORY]-(:Article)-[:PUBLISHED_BY]->(o:Outlet)
  WITH s, o, count(*) AS articles
  ORDER BY o.domain
  SET o.stories = coalesce(o.stories, 0) + 1,
      o.storyArticles = coalesce(o.storyArticles, 0) + articles
  WITH s, collect(o) AS outlets, collect(articles) AS counts
  SET s.outlets = [outlet IN outlets | outlet.domain], s.outletArticles = counts
  WITH outlets
  UNWIND outlets AS first
  UNWIND outlets AS second
  WITH first, second
  WHERE first.domain < second.domain
  MERGE (first)-[shared:CO_COVERS]->(second)
  SET shared.stories = coalesce(shared.stories, 0) + 1
}
