// :param url => 'https://www.campaign.example.org/letter'
MATCH (a:Article {url: $url})
RETURN properties(a) AS article
