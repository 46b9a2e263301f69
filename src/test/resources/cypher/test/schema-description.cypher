// Every index and constraint of the database, as what it covers, not only its name: two databases that describe
// alike have the same schema. neo4j-migrations' own bookkeeping is left out.
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
WHERE type <> 'LOOKUP' AND NOT name CONTAINS 'Neo4jMigration'
RETURN name + ' ' + type + ' ' + entityType + ' ' + reduce(s = '', l IN labelsOrTypes | s + l) + ' '
       + reduce(s = '', p IN properties | s + p + ',') + ' ' + coalesce(owningConstraint, '-') AS index
ORDER BY index
