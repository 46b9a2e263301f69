// The loaded documents at a path: the file itself, the records of a JSON file (path#n), or every file below a folder.
// :param path => '/data/news/2021.jsonl'
// :param records => '/data/news/2021.jsonl#'
// :param folder => '/data/news/2021.jsonl/'
MATCH (s:SourceDocument)
WHERE s.path = $path OR s.path STARTS WITH $records OR s.path STARTS WITH $folder
RETURN s.path AS path
ORDER BY path
