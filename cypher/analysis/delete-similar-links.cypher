// Forget the similarity links of articles about to be compared again.
// :param articles => ['664e61e3c94593aa7203']
UNWIND $articles AS id
MATCH (:Article {id: id})-[link:SIMILAR_TO]-(:Article)
DELETE link
