// One outlet: what it published, its topics, the campaigns it carried and its latest stories: those of its latest
// articles, in the order it last wrote in them. Sorting its articles by date and stopping at the twentieth story reads
// the stories of a few articles; sorting all its stories by their last date read one per article (a second at 80,000).
// How many stories it covered is kept by the analysis (write-stories).
// :param domain => 'express.co.uk'
MATCH (o:Outlet {domain: $domain})
CALL {
  WITH o
  MATCH (o)<-[:PUBLISHED_BY]-(a:Article)
  RETURN count(a) AS articles, min(a.publishedAt) AS first, max(a.publishedAt) AS last
}
CALL {
  WITH o
  OPTIONAL MATCH (o)<-[:PUBLISHED_BY]-(a:Article)-[:HAS_TOPIC]->(t:Topic)
  WITH t, count(a) AS articles
  ORDER BY articles DESC, t.name
  LIMIT 10
  RETURN collect({name: t.name, articles: articles}) AS topics
}
CALL {
  WITH o
  OPTIONAL MATCH (o)<-[:PUBLISHED_BY]-(a:Article)-[:IN_CAMPAIGN]->(c:Campaign)
  WITH c, count(a) AS articles
  ORDER BY articles DESC, c.id
  RETURN collect({id: c.id, name: c.name, articles: articles}) AS campaigns
}
CALL {
  WITH o
  MATCH (o)<-[:PUBLISHED_BY]-(a:Article)
  WITH a
  ORDER BY a.publishedAt DESC
  MATCH (a)-[:IN_STORY]->(s:Story)
  WITH DISTINCT s
  LIMIT 20
  RETURN collect(s {.id, .headline, .firstPublishedAt, .lastPublishedAt, .articleCount, .outletCount, .topTerms}) AS latest
}
RETURN o {
  .domain, .name,
  articles: articles, stories: coalesce(o.stories, 0), firstPublishedAt: first, lastPublishedAt: last,
  topics: topics, campaigns: campaigns, latestStories: latest
} AS outlet
