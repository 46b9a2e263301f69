// :param label => 'Article'
MATCH (n)
WHERE $label IN labels(n)
RETURN count(n) AS count
