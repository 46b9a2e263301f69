// The loaded documents at a path: the file itself, or every file below a folder.
// :param path => '/data/seeds/000_7df6ec0e15e5056b.txt'
// :param folder => '/data/seeds/000_7df6ec0e15e5056b.txt/'
MATCH (s:SourceDocument)
WHERE s.path = $path OR s.path STARTS WITH $folder
RETURN s.path AS path
ORDER BY path
