// One story: its articles in publication order with their outlets, who published first, coverage by outlet
// and day, and the stories most similar to it: by meaning and the graph together once it has a sentence vector (0.8 of
// the cosine of the vectors, 0.1 of the outlets both were covered by, over all of theirs, and 0.1 falling by e for
// every week between their first articles), by the words of their articles' similarity links until then.
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
  CALL {
    WITH s
    WITH s WHERE s.embedding IS NOT NULL
    CALL db.index.vector.queryNodes('story_embedding', 31, s.embedding) YIELD node AS other, score AS cosine
    WITH s, other, cosine
    WHERE other <> s
    WITH other, cosine, coalesce(s.outletDomains, []) AS mine, coalesce(other.outletDomains, []) AS theirs,
      abs(duration.inSeconds(s.firstPublishedAt, other.firstPublishedAt).seconds) / 86400.0 AS daysApart
    WITH other, cosine, size([domain IN theirs WHERE domain IN mine]) AS shared,
      size(mine + [domain IN theirs WHERE NOT domain IN mine]) AS outlets, daysApart
    RETURN other, 0.8 * cosine + 0.1 * CASE outlets WHEN 0 THEN 0.0 ELSE toFloat(shared) / outlets END
      + 0.1 * exp(-coalesce(daysApart, 1e9) / 7) AS score
    UNION
    WITH s
    WITH s WHERE s.embedding IS NULL
    MATCH (s)<-[:IN_STORY]-(:Article)-[link:SIMILAR_TO]-(:Article)-[:IN_STORY]->(other:Story)
    WHERE other <> s
    RETURN other, max(link.score) AS score
  }
  WITH other, score
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
