// The campaigns as defined, with who runs them and whom they address (both from the gazetteer).
// :param campaigns => [{id: 'uk-live-facial-recognition', name: 'Stop live facial recognition in the UK', description: null, query: '"facial recognition" AND ban', from: date('2019-01-01'), to: null, topics: [], outlets: [], source: 'seeds/campaigns.yml:3', organisations: ['big-brother-watch'], targets: ['metropolitan-police']}]
UNWIND $campaigns AS row
MERGE (c:Campaign {id: row.id})
SET c.name = row.name, c.description = row.description, c.query = row.query, c.from = row.from, c.to = row.to,
    c.topics = row.topics, c.outlets = row.outlets, c.source = row.source
WITH c, row
CALL {
  WITH c
  MATCH (c)-[old:RUNS|TARGETS]-(:Organisation)
  DELETE old
}
CALL {
  WITH c, row
  UNWIND row.organisations AS organisationId
  MATCH (o:Organisation {id: organisationId})
  CREATE (o)-[:RUNS]->(c)
}
CALL {
  WITH c, row
  UNWIND row.targets AS organisationId
  MATCH (o:Organisation {id: organisationId})
  CREATE (c)-[:TARGETS]->(o)
}
RETURN count(c) AS campaigns
