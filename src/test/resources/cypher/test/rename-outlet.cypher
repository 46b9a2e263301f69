// :param domain => 'express.co.uk'
// :param name => 'Daily Express'
MATCH (o:Outlet {domain: $domain})
SET o.name = $name
