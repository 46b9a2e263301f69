// The same counts as co-coverage-walked, as the analysis keeps them.
CALL {
  MATCH (first:Outlet)-[shared:CO_COVERS]->(second:Outlet)
  RETURN first.domain + ' & ' + second.domain + ': ' + shared.stories AS count
  UNION
  MATCH (o:Outlet)
  WHERE o.stories > 0
  RETURN o.domain + ': ' + o.stories + ' stories, ' + o.storyArticles + ' articles' AS count
}
RETURN count
