// How many stories at least so many outlets covered, counted from the outletCount index.
// :param minOutlets => 1
MATCH (s:Story)
WHERE s.outletCount >= $minOutlets
RETURN count(s) AS total
