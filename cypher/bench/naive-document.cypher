// The baseline a user would write first: one document per transaction, every node and link by MERGE, on labels of
// its own (NaiveArticle, NaiveOutlet, NaiveTopic) with unique constraints, so that only the loading style differs.
// :param document => {url: 'https://example.org/a', title: 'A', excerpt: 'a', publishedAt: '2024-01-01T00:00:00Z', domain: 'example.org', outletName: 'Example', topics: ['AI'], related: [{url: 'https://example.org/b', title: 'B', domain: 'example.net', outletName: 'Other'}]}
MERGE (article:NaiveArticle {url: $document.url})
SET article.title = $document.title, article.excerpt = $document.excerpt,
    article.publishedAt = datetime($document.publishedAt)
MERGE (outlet:NaiveOutlet {domain: $document.domain})
SET outlet.name = $document.outletName
MERGE (article)-[:PUBLISHED_BY]->(outlet)
FOREACH (name IN $document.topics |
  MERGE (topic:NaiveTopic {name: name})
  MERGE (article)-[:HAS_TOPIC]->(topic))
FOREACH (item IN $document.related |
  MERGE (other:NaiveArticle {url: item.url})
  SET other.title = item.title
  MERGE (otherOutlet:NaiveOutlet {domain: item.domain})
  SET otherOutlet.name = item.outletName
  MERGE (other)-[:PUBLISHED_BY]->(otherOutlet)
  MERGE (article)-[:RELATED_TO]->(other))
