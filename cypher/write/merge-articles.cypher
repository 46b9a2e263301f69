// Articles by id (derived from the canonical URL). Facts from a document's main block replace facts from
// someone else's related list, never the other way round. firstSeen/lastSeen: when a loaded document first and
// last mentioned the article. Written articles wait for their story (ClusterPending) and for their campaigns
// (CampaignPending); each mark goes only when its work is committed, so a crash in between loses nothing.
// :param articles => [{id: '5c1e0b3e4b1f0a9d8c7e', fromMain: true, properties: {url: 'https://example.org/a', title: 'A'}}]
// :param seenAt => datetime()
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
WITH a, row, row.fromMain OR a.fromMain IS NULL AS replaces
SET a += CASE WHEN replaces THEN row.properties ELSE {} END
SET a.fromMain = CASE WHEN row.fromMain THEN true ELSE a.fromMain END,
    a.firstSeen = coalesce(a.firstSeen, $seenAt),
    a.lastSeen = $seenAt
SET a:ClusterPending:CampaignPending
