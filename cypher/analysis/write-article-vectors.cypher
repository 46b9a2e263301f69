// Articles get their sentence vector (stored as 32-bit floats, half the size of a Cypher list of floats) with the
// hash of the text it came from, and stop waiting; their stories wait to work out their mean again. An article
// given another text since it was read keeps waiting, for that text. A row without a vector is an article whose
// text had not changed: it only stops waiting.
// :param articles => [{id: '5c1e0b3e4b1f0a9d8c7e', title: 'A', excerpt: '', textHash: '1f2e', vector: null}]
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
WHERE coalesce(a.title, '') = row.title AND coalesce(a.excerpt, '') = row.excerpt
REMOVE a:EmbeddingPending
WITH a, row
WHERE row.vector IS NOT NULL
CALL db.create.setNodeVectorProperty(a, 'embedding', row.vector)
SET a.embeddedText = row.textHash
WITH a
MATCH (a)-[:IN_STORY]->(s:Story)
SET s:EmbeddingPending
