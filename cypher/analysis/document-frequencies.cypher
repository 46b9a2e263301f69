// In how many articles each word stem occurs, and how many articles there are.
CALL {
  MATCH (a:Article) RETURN count(a) AS articles
}
CALL {
  MATCH (a:Article) WHERE a.terms IS NOT NULL
  UNWIND a.terms AS term
  RETURN term, count(*) AS frequency
}
RETURN articles, collect([term, frequency]) AS frequencies
