// In how many articles each word stem occurs, and how many articles there are. Pending articles are left out: their
// stored terms may be old, and clustering counts their current ones itself before writing them with their stories.
CALL {
  MATCH (a:Article) RETURN count(a) AS articles
}
CALL {
  MATCH (a:Article) WHERE a.terms IS NOT NULL AND NOT a:ClusterPending
  UNWIND a.terms AS term
  WITH term, count(*) AS frequency
  RETURN collect([term, frequency]) AS frequencies
}
RETURN articles, frequencies
