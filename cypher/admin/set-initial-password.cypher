// Replaces the default password of the embedded server's neo4j user at its first start (run on the system database).
ALTER CURRENT USER SET PASSWORD FROM $current TO $password
