// Provenance: each file, its SHA-256 and when it was loaded, and which articles it describes in which role.
// :param documents => [{path: '/data/seeds/a.txt', sha256: 'ab12...', loadedAt: datetime(), secured: null, describes: [{article: '5c1e0b3e4b1f0a9d8c7e', role: 'main'}]}]
UNWIND $documents AS document
MERGE (s:SourceDocument {path: document.path})
SET s.sha256 = document.sha256, s.loadedAt = document.loadedAt, s.secured = document.secured
WITH s, document
UNWIND document.describes AS description
MATCH (a:Article {id: description.article})
MERGE (s)-[:DESCRIBES {role: description.role}]->(a)
