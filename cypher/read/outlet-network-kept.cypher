// The co-coverage network without filters, from the counts the analysis keeps as it forms stories (write-stories):
// the pairs of outlets that share at least $minWeight stories, the most shared first, each outlet with the stories
// it covered and its articles in them. Read in the order of an index on the shared stories (V0021).
// :param minWeight => 1
// :param limit => 20000
MATCH (first:Outlet)-[shared:CO_COVERS]->(second:Outlet)
WHERE shared.stories >= $minWeight
WITH first, second, shared.stories AS stories
ORDER BY stories DESC, first.domain, second.domain
LIMIT $limit
RETURN first {.domain, .name, .stories, articles: first.storyArticles} AS source,
       second {.domain, .name, .stories, articles: second.storyArticles} AS target,
       stories AS shared
