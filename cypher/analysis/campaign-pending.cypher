// How many written articles wait for their campaigns to be found again.
MATCH (a:CampaignPending)
RETURN count(a) AS pending
