// Outlets, topics, images and URLs that nothing links to any more.
// :param nodes => ['4:c3f6e9a1-...:42']
UNWIND $nodes AS id
MATCH (n)
WHERE elementId(n) = id AND (n:Outlet OR n:Topic OR n:Image OR n:Url) AND NOT EXISTS { (n)--() }
DELETE n
