// The whole graph's co-coverage network, the most shared pairs first, read from this index a page at a time
// (outlet-network-kept): sorting every pair of outlets that ever shared a story took seconds at a million documents.
CREATE INDEX co_covers_stories IF NOT EXISTS FOR ()-[shared:CO_COVERS]-() ON (shared.stories);
