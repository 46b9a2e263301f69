// How many articles and stories wait for their sentence vector, for the embedding round's progress.
MATCH (n:EmbeddingPending)
RETURN count(CASE WHEN n:Article THEN 1 END) AS articles, count(CASE WHEN n:Story THEN 1 END) AS stories
