// The document frequencies of the word stems over every article, kept by a round that ended with every article in a
// story, and a name for that round. Internal bookkeeping: its label starts with two underscores, as
// neo4j-migrations' own, and dumps leave it out.
// :param stems => ['facial', 'recognit', 'polic']
// :param counts => [12, 12, 30]
// :param articles => 40
// :param round => '3f0c6d2e-8a51-4c1b-9e7a-2d4b6f8a0c13'
MERGE (kept:__DocumentFrequencies)
SET kept.stems = $stems, kept.counts = $counts, kept.articles = $articles, kept.round = $round
