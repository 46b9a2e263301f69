// A new database's schema versions, recorded as neo4j-migrations records those it applies (a chain of
// __Neo4jMigration from BASELINE, one MIGRATED_TO each), so that it applies only later versions from then on. Written
// when the whole schema was created in one step on a database that had none (SchemaMigrations).
// :param migrations => [{version: '0001', description: 'Article id is unique', type: 'CYPHER', repeatable: false, source: 'V0001__Article_id_is_unique.cypher', checksum: '1234567890'}]
// :param connectedAs => 'neo4j'
CREATE (baseline:__Neo4jMigration {version: 'BASELINE'})
WITH baseline
UNWIND range(0, size($migrations) - 1) AS i
CREATE (applied:__Neo4jMigration)
SET applied = $migrations[i]
WITH baseline, i, applied
ORDER BY i
WITH baseline, collect(applied) AS applied
WITH [baseline] + applied AS chain
UNWIND range(0, size(chain) - 2) AS i
WITH chain[i] AS previous, chain[i + 1] AS next
CREATE (previous)-[:MIGRATED_TO {
  at: datetime({timezone: 'UTC'}), in: duration({milliseconds: 0}), connectedAs: $connectedAs
}]->(next)
