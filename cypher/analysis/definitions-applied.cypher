// The fingerprint of the definition files (organisations or campaigns) last applied to the graph.
// :param kind => 'organisations'
OPTIONAL MATCH (d:Definitions {kind: $kind})
RETURN d.sha256 AS sha256
