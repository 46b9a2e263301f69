// Whether the database holds nothing at all: one with no schema versions and no data gets its schema in one step.
RETURN NOT EXISTS { MATCH (n) } AS empty
