// How many campaigns are defined.
MATCH (c:Campaign)
RETURN count(c) AS total
