// Articles and stories by meaning: all-MiniLM-L6-v2's unit vectors of their title and excerpt (a story's is the mean
// of its members'), compared by cosine.
CREATE VECTOR INDEX article_embedding IF NOT EXISTS FOR (a:Article) ON (a.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX story_embedding IF NOT EXISTS FOR (s:Story) ON (s.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
