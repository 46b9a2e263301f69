// The round that kept the document frequencies now in the graph, if any: a process that kept them itself uses its
// own copy instead of reading them (kept-document-frequencies).
MATCH (kept:__DocumentFrequencies)
RETURN kept.round AS round
