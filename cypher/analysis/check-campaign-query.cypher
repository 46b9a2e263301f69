// Fails with Lucene's reason when a campaign's query is not valid, before anything is written.
// :param query => '"facial recognition" AND (ban OR halt)'
CALL db.index.fulltext.queryNodes('article_text', $query, {limit: 1}) YIELD node
RETURN count(node) AS hits
