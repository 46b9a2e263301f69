// The co-occurrence network's raw material (as GDELT draws it), one row per article within the filters: the
// organisations it names. The app counts both each organisation's articles and the articles naming each pair from
// these rows, so the two agree even while the analysis tags articles again.
// :param campaign => null
// :param topic => null
// :param from => null
// :param to => null
MATCH (a:Article)-[:MENTIONS]->(g:Organisation)
WHERE ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($campaign IS NULL OR EXISTS { (a)-[:IN_CAMPAIGN]->(:Campaign {id: $campaign}) })
  AND ($topic IS NULL OR EXISTS { (a)-[:HAS_TOPIC]->(:Topic {name: $topic}) })
WITH a, collect(g {.id, .name, .kind, articles: 1}) AS organisations
RETURN organisations
