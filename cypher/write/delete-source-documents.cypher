// :param paths => ['/data/seeds/000_7df6ec0e15e5056b.txt']
UNWIND $paths AS path
MATCH (s:SourceDocument {path: path})
DETACH DELETE s
