// A round forgets the kept document frequencies before it changes any story: cut short, it leaves none that are
// out of date, and the next round counts afresh.
MATCH (kept:__DocumentFrequencies)
DELETE kept
