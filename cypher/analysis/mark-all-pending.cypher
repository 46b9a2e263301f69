// The next page of articles, in id order, waits for its story: the start of a full re-clustering, a page per
// transaction (a million articles marked in one held a gigabyte and a half of the heap). Returns the page's last id.
// :param after => ''
// :param limit => 10000
MATCH (a:Article)
WHERE a.id > $after
WITH a
ORDER BY a.id
LIMIT $limit
SET a:ClusterPending
RETURN max(a.id) AS last
