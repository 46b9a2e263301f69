// Stories not yet in any campaign whose articles call for action (a full-text query of calls, demands, bans,
// letters, petitions) and name a campaign group of the gazetteer: candidates for new campaigns, with those
// articles' texts and the organisations each names.
// :param actions => '"call for" OR urge OR demand OR ban OR "open letter" OR petition'
// :param limit => 10
CALL db.index.fulltext.queryNodes('article_text', $actions) YIELD node AS calling
MATCH (calling)-[:MENTIONS]->(:Organisation {kind: 'campaign-group'})
MATCH (calling)-[:IN_STORY]->(s:Story)
WHERE NOT EXISTS { (s)<-[:IN_STORY]-(:Article)-[:IN_CAMPAIGN]->(:Campaign) }
WITH s, collect(DISTINCT calling) AS callers
ORDER BY s.outletCount DESC, s.articleCount DESC, s.id
LIMIT $limit
RETURN s {
  .id, .headline, .firstPublishedAt, .articleCount, .outletCount,
  callers: [a IN callers | {
    text: a.title + '\n' + coalesce(a.excerpt, ''),
    organisations: [(a)-[:MENTIONS]->(o:Organisation) | o {.id, .name, .kind, .aliases}]
  }]
} AS story
