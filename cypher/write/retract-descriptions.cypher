// Removes what the given (changed) documents said they describe, before they are loaded again.
// :param paths => ['/data/seeds/000_7df6ec0e15e5056b.txt']
UNWIND $paths AS path
MATCH (:SourceDocument {path: path})-[description:DESCRIBES]->()
DELETE description
