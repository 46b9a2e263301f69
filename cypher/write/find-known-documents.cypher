// The documents of a batch that are already loaded, with the SHA-256 they were loaded with.
// Unchanged ones are skipped; changed ones have their old contribution retracted first.
// :param documents => [{path: '/data/seeds/000_7df6ec0e15e5056b.txt'}]
UNWIND $documents AS document
MATCH (s:SourceDocument {path: document.path})
RETURN s.path AS path, s.sha256 AS sha256
