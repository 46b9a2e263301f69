// The document frequencies of the stems stored with every article, counted here.
MATCH (a:Article)
UNWIND a.terms AS stem
RETURN stem, count(*) AS count
