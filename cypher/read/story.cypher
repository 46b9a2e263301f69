// One story: its articles in publication order with their outlets, who published first, coverage by outlet
// and day, and the stories most similar to it.
// :param id => [(:Url {url: 'https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps'})-[:IDENTIFIES]->(:Article)-[:IN_STORY]->(s:Story) | s.id][0]
MATCH (s:Story {id: $id})
CALL {
  WITH s
  MATCH (s)<-[:IN_STORY]-(a:Article)
  WITH a ORDER BY a.publishedAt, a.id
  RETURN collect(a {
    .id, .url, .title, .publishedAt,
    outlet: [(a)-[:PUBLISHED_BY]->(o:Outlet) | o {.domain, .name}][0],
    syndicated: EXISTS { (a)<-[:SIMILAR_TO {syndicated: true}]-(:Article)-[:IN_STORY]->(s) }
  }) AS articles
}
CALL {
  WITH s
  MATCH (s)<-[:IN_STORY]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
  WHERE a.publishedAt IS NOT NULL
  WITH date(a.publishedAt) AS day, o.domain AS outlet, count(a) AS articles
  ORDER BY day, outlet
  RETURN collect({day: day, outlet: outlet, articles: articles}) AS timeline
}
CALL {
  WITH s
  OPTIONAL MATCH (s)<-[:IN_STORY]-(:Article)-[link:SIMILAR_TO]-(:Article)-[:IN_STORY]->(other:Story)
  WHERE other <> s
  WITH other, max(link.score) AS score
  ORDER BY score DESC, other.id
  LIMIT 10
  RETURN collect(other {.id, .headline, .articleCount, score: score}) AS similar
}
RETURN s {
  .id, .headline, .firstPublishedAt, .lastPublishedAt, .articleCount, .outletCount, .topTerms,
  firstPublisher: articles[0].outlet,
  articles: articles,
  timeline: timeline,
  similarStories: similar
} AS story
