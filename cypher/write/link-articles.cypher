// What the batch's documents link each article to, the article looked up once for all of it:
// - its publisher, chosen by the rule of merge-articles (a main block's outlet wins over a related item's), which
//   replaces any other;
// - every URL it was seen under (as given, and canonical), so that any of them finds it;
// - its topics and images;
// - from a document's main article, each article in its related list.
// sources: the documents that state a URL, topic or image link, so that a changed or unloaded document takes back
// only its own.
// Deleting a replaced publisher gives the plan an Eager step, holding the batch's rows; it would have one anyway, as
// the three kinds of links all write the property sources.
// :param links => [{article: '5c1e0b3e4b1f0a9d8c7e', fromMain: true, outlet: 'example.org', urls: [{url: 'https://example.org/a?amp', source: '/data/seeds/a.txt'}], topics: [{topic: 'AI', source: '/data/seeds/a.txt'}], images: [{image: 'https://example.org/a.jpg', source: '/data/seeds/a.txt'}], related: ['0a9d8c7e5c1e0b3e4b1f']}]
UNWIND $links AS link
MATCH (a:Article {id: link.article})
CALL {
  WITH a, link
  WITH a, link
  WHERE link.fromMain OR a.fromMain IS NULL
  MATCH (o:Outlet {domain: link.outlet})
  OPTIONAL MATCH (a)-[previous:PUBLISHED_BY]->(other:Outlet)
  WHERE other <> o
  DELETE previous
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
CALL {
  WITH a, link
  UNWIND link.urls AS url
  MERGE (u:Url {url: url.url})
  MERGE (u)-[r:IDENTIFIES]->(a)
    ON CREATE SET r.sources = [url.source]
    ON MATCH SET r.sources = [source IN r.sources WHERE source <> url.source] + url.source
}
CALL {
  WITH a, link
  UNWIND link.topics AS topic
  MERGE (t:Topic {name: topic.topic})
  MERGE (a)-[r:HAS_TOPIC]->(t)
    ON CREATE SET r.sources = [topic.source]
    ON MATCH SET r.sources = [source IN r.sources WHERE source <> topic.source] + topic.source
}
CALL {
  WITH a, link
  UNWIND link.images AS image
  MATCH (i:Image {url: image.image})
  MERGE (a)-[r:HAS_IMAGE]->(i)
    ON CREATE SET r.sources = [image.source]
    ON MATCH SET r.sources = [source IN r.sources WHERE source <> image.source] + image.source
}
CALL {
  WITH a, link
  UNWIND link.related AS id
  MATCH (b:Article {id: id})
  MERGE (a)-[:RELATED_TO]->(b)
}
