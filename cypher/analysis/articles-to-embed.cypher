// Some of the articles waiting for their sentence vector (new, or loaded again), with the hash of the text their
// vector came from, if they have one: an unchanged text keeps its vector. Each page written loses its mark, so the
// next page is simply the next that still has it, and a killed round goes on where it stopped.
// :param limit => 256
MATCH (a:EmbeddingPending)
WHERE a:Article
RETURN a.id AS id, coalesce(a.title, '') AS title, coalesce(a.excerpt, '') AS excerpt, a.embeddedText AS embeddedText
LIMIT $limit
