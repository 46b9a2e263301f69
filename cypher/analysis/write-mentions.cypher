// The organisations each article names, replacing what was found before.
// :param articles => [{id: '0123456789abcdef0123', organisations: ['big-brother-watch']}]
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
CALL {
  WITH a
  MATCH (a)-[old:MENTIONS]->(:Organisation)
  DELETE old
}
WITH a, row
UNWIND row.organisations AS organisationId
MATCH (o:Organisation {id: organisationId})
CREATE (a)-[:MENTIONS]->(o)
