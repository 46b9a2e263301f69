CREATE CONSTRAINT source_document_path IF NOT EXISTS FOR (s:SourceDocument) REQUIRE s.path IS UNIQUE;
