// The document frequencies of the word stems as the last round left them, when it ended with every article in a
// story: the next round starts from them instead of reading the stems of every article again.
MATCH (kept:__DocumentFrequencies)
RETURN kept.stems AS stems, kept.counts AS counts, kept.articles AS articles, kept.round AS round
