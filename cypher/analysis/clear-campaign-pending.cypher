// Every campaign has been found again: no article waits for its campaigns any more.
MATCH (a:CampaignPending)
REMOVE a:CampaignPending
