// Some of the stories waiting for their sentence vector, each with the vectors of up to $members of its articles:
// their mean stands for the story, and a sample of a few hundred gives it as well as all of a story of thousands.
// The members come in id order, so that a story gets the same sample, summed in the same order, whenever it is
// worked out.
// :param limit => 64
// :param members => 256
MATCH (s:EmbeddingPending)
WHERE s:Story
WITH s
LIMIT $limit
CALL {
  WITH s
  MATCH (s)<-[:IN_STORY]-(a:Article)
  WHERE a.embedding IS NOT NULL
  WITH a
  ORDER BY a.id
  LIMIT $members
  RETURN collect(a.embedding) AS vectors
}
RETURN s.id AS id, vectors
