// One campaign: its stories, the outlets that carried it (and the active ones that did not), the outlets that
// were first on its stories (by the campaign's articles on each), and the organisations in its coverage.
// :param id => 'uk-live-facial-recognition'
MATCH (c:Campaign {id: $id})
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Article)
  RETURN count(a) AS articles, min(a.publishedAt) AS first, max(a.publishedAt) AS last
}
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
  WITH o, count(a) AS articles, min(a.publishedAt) AS first
  ORDER BY articles DESC, first, o.domain
  RETURN collect(o {.domain, .name, articles: articles, firstPublishedAt: first}) AS outlets
}
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Article)-[:IN_STORY]->(s:Story)
  WITH s, count(a) AS articles
  ORDER BY articles DESC, s.firstPublishedAt, s.id
  LIMIT 100
  CALL {
    WITH s
    MATCH (s)<-[:IN_STORY]-(first:Article)-[:PUBLISHED_BY]->(o:Outlet)
    RETURN o {.domain, .name} AS firstPublisher
    ORDER BY first.publishedAt, first.id
    LIMIT 1
  }
  RETURN collect(s {.id, .headline, .firstPublishedAt, .articleCount, .outletCount, campaignArticles: articles,
                    firstPublisher: firstPublisher}) AS stories
}
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(:Article)-[:IN_STORY]->(s:Story)
  WITH DISTINCT c, s
  CALL {
    WITH c, s
    MATCH (s)<-[:IN_STORY]-(a:Article)-[:IN_CAMPAIGN]->(c)
    MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
    RETURN o AS first
    ORDER BY a.publishedAt, a.id
    LIMIT 1
  }
  WITH first, count(s) AS stories
  ORDER BY stories DESC, first.domain
  LIMIT 20
  RETURN collect(first {.domain, .name, stories: stories}) AS firstMovers
}
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Article)-[:MENTIONS]->(g:Organisation)
  WITH g, count(a) AS articles
  ORDER BY articles DESC, g.id
  RETURN collect(g {.id, .name, .kind, articles: articles,
                    role: CASE WHEN EXISTS { (g)-[:RUNS]->(c) } THEN 'runs' WHEN EXISTS { (c)-[:TARGETS]->(g) } THEN 'targeted'
                               ELSE 'mentioned' END}) AS mentioned
}
CALL {
  WITH c, first, last
  OPTIONAL MATCH (o:Outlet)<-[:PUBLISHED_BY]-(a:Article)
  WHERE a.publishedAt >= first AND a.publishedAt <= last
    AND NOT EXISTS { (o)<-[:PUBLISHED_BY]-(:Article)-[:IN_CAMPAIGN]->(c) }
  WITH o, count(a) AS articles
  ORDER BY articles DESC, o.domain
  LIMIT 20
  RETURN collect(o {.domain, .name, articles: articles}) AS silent
}
RETURN c {
  .id, .name, .description, .query, .from, .to,
  articles: articles, firstPublishedAt: first, lastPublishedAt: last,
  organisations: [(g:Organisation)-[:RUNS]->(c) | g {.id, .name, .kind}],
  targets: [(c)-[:TARGETS]->(g:Organisation) | g {.id, .name, .kind}],
  outlets: outlets,
  silentOutlets: silent,
  stories: stories,
  firstMovers: firstMovers,
  mentionedOrganisations: mentioned
} AS campaign
