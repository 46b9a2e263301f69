// The distinct word stems of each article's title and excerpt, counted over the graph for TF-IDF weights.
// :param articles => [{id: '664e61e3c94593aa7203', terms: ['mps', 'immedi', 'stop']}]
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
SET a.terms = row.terms
