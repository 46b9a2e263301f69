// Articles by id (derived from the canonical URL). Facts from a document's main block replace facts from
// someone else's related list, never the other way round. firstSeen/lastSeen: when a loaded document first and
// last mentioned the article. Written articles wait for their story (ClusterPending), for their campaigns
// (CampaignPending) and for their sentence vector (EmbeddingPending, which keeps the vector of an unchanged text);
// each mark goes only when its work is committed, so a crash in between loses nothing.
// The facts are set inside MERGE (ON CREATE, ON MATCH): after it, SET a += map could write the id MERGE looks up,
// and Neo4j would hold the whole batch in an Eager step.
// :param articles => [{id: '5c1e0b3e4b1f0a9d8c7e', fromMain: true, properties: {url: 'https://example.org/a', title: 'A'}}]
// :param seenAt => datetime()
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a += row.properties, a.fromMain = CASE WHEN row.fromMain THEN true END, a.firstSeen = $seenAt
  ON MATCH SET a += CASE WHEN row.fromMain OR a.fromMain IS NULL THEN row.properties ELSE {} END,
    a.fromMain = CASE WHEN row.fromMain THEN true ELSE a.fromMain END
SET a.lastSeen = $seenAt, a:ClusterPending:CampaignPending:EmbeddingPending
