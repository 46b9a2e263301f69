// Articles and stories written before sentence vectors existed get theirs from the next embedding round.
MATCH (n)
WHERE (n:Article OR n:Story) AND n.embedding IS NULL
SET n:EmbeddingPending;
