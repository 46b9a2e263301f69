// Whether an outlet is in the graph, and how many stories it covered, as the analysis keeps it (write-stories).
// :param domain => 'express.co.uk'
MATCH (o:Outlet {domain: $domain})
RETURN coalesce(o.stories, 0) AS stories
