// The outlets whose coverage most resembles an outlet's: those that covered at least one story it covered, ranked
// by Jaccard or overlap coefficient of the stories each covered and the stories the two share, as Overlap ranks
// them (a side read short of the shared stories counts as holding them). The analysis keeps the counts as it forms
// stories (write-stories), so this reads them instead of walking every story, and only the best come back: the
// largest outlet shares a story with tens of thousands.
// :param domain => 'express.co.uk'
// :param measure => 'JACCARD'
// :param limit => 10
MATCH (o:Outlet {domain: $domain})-[shared:CO_COVERS]-(other:Outlet)
WITH o, other, shared.stories AS both,
     CASE WHEN coalesce(o.stories, 0) > shared.stories THEN o.stories ELSE shared.stories END AS mine,
     CASE WHEN coalesce(other.stories, 0) > shared.stories THEN other.stories ELSE shared.stories END AS theirs
WITH o, other, both, CASE $measure
  WHEN 'OVERLAP' THEN toFloat(both) / CASE WHEN mine < theirs THEN mine ELSE theirs END
  ELSE toFloat(both) / (mine + theirs - both)
END AS score
ORDER BY score DESC, both DESC, other.domain
LIMIT $limit
RETURN o.stories AS stories, collect(other {.domain, .name, .stories, shared: both}) AS others
