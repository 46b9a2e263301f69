// Waits until every index is online: a store built by Neo4j's importer gets its indexes afterwards, and is not
// queryable at its usual speed before they are populated.
// :param seconds => 600
CALL db.awaitIndexes($seconds)
