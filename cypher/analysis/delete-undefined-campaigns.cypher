// Campaigns no longer defined go, with their memberships.
// :param ids => ['uk-live-facial-recognition']
MATCH (c:Campaign)
WHERE NOT c.id IN $ids
DETACH DELETE c
