// The articles a URL (exactly as a file gave it) identifies.
// :param url => 'https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp'
MATCH (:Url {url: $url})-[:IDENTIFIES]->(a:Article)
RETURN a.id AS id
