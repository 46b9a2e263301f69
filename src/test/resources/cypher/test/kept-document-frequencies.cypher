// The document frequencies a round kept, as stem => count.
MATCH (kept:__DocumentFrequencies)
UNWIND range(0, size(kept.stems) - 1) AS i
RETURN kept.stems[i] AS stem, kept.counts[i] AS count
