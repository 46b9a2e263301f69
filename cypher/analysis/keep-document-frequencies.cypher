// The document frequencies of the word stems over every article, kept by a round that ended with every article in a
// story. Internal bookkeeping: its label starts with two underscores, as neo4j-migrations' own, and dumps leave it out.
// :param stems => ['facial', 'recognit', 'polic']
// :param counts => [12, 12, 30]
// :param articles => 40
MERGE (kept:__DocumentFrequencies)
SET kept.stems = $stems, kept.counts = $counts, kept.articles = $articles
