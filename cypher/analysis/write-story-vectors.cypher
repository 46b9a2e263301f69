// Stories get the mean of their members' sentence vectors, normalised, and stop waiting; a story none of whose
// members has a vector yet has none either.
// :param stories => [{id: '0f5e9d7c3b1a29e8d6c4', vector: null}]
UNWIND $stories AS row
MATCH (s:Story {id: row.id})
REMOVE s:EmbeddingPending, s.embedding
WITH s, row
WHERE row.vector IS NOT NULL
CALL db.create.setNodeVectorProperty(s, 'embedding', row.vector)
