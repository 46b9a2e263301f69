// The article seen under a URL: as given, or in canonical form (so AMP and tracking variants find it too).
// Where a URL names two articles (an originalUrl pointing elsewhere), the one whose own URL it is comes first.
// :param urls => ['https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp', 'https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk']
// :param canonical => 'https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk'
UNWIND $urls AS url
MATCH (:Url {url: url})-[:IDENTIFIES]->(a:Article)
RETURN a.id AS id
ORDER BY CASE WHEN a.url = $canonical THEN 0 ELSE 1 END, a.id
LIMIT 1
