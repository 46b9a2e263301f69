// Every article's and story's sentence vector, with the hash of the text it came from and whether it still waits.
MATCH (n)
WHERE n:Article OR n:Story
RETURN n.id AS id, n.embedding AS vector, n.embeddedText AS textHash, n:EmbeddingPending AS waiting
ORDER BY id
