// Whether the database holds anything besides the records of its schema versions: only a store that does not may be
// replaced by one that Neo4j's importer builds (load --bulk).
RETURN EXISTS { MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__') } AS holdsData
