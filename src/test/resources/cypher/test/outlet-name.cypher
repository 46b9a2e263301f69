// :param domain => 'campaign.example.org'
MATCH (o:Outlet {domain: $domain})
RETURN o.name AS name
