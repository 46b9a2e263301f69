CREATE CONSTRAINT definitions_kind IF NOT EXISTS FOR (d:Definitions) REQUIRE d.kind IS UNIQUE;
