// A campaign's articles are found again from scratch.
// :param id => 'uk-live-facial-recognition'
MATCH (:Article)-[member:IN_CAMPAIGN]->(:Campaign {id: $id})
DELETE member
