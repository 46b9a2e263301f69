// Each story with its articles, as one line: story id, then the article ids in order.
MATCH (s:Story)<-[:IN_STORY]-(a:Article)
WITH s, a ORDER BY a.id
WITH s, collect(a.id) AS articles
RETURN s.id + ': ' + reduce(line = '', id IN articles | line + ' ' + id) AS story
