// The outlets that covered at least one story an outlet covered, with how many stories each covered and how
// many of them the two share: the counts from which Jaccard and overlap coefficients follow. The analysis keeps
// them as it forms stories (write-stories), so this reads them instead of walking every story.
// :param domain => 'express.co.uk'
MATCH (o:Outlet {domain: $domain})-[shared:CO_COVERS]-(other:Outlet)
RETURN o.stories AS stories, collect(other {.domain, .name, .stories, shared: shared.stories}) AS others
