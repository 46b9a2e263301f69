// Takes away a lock left by a killed process, so that later tests start clean.
MATCH (lock:__Neo4jMigrationsLock)
DELETE lock
