// The stories that contain an article described by a seed document, each as its articles' outlet domains in
// alphabetical order; Biometric Update, which has two seed stories, with its headline's first three words.
MATCH (s:Story)<-[:IN_STORY]-(:Article)<-[:DESCRIBES]-(d:SourceDocument)
WHERE d.path CONTAINS 'seeds'
WITH DISTINCT s
MATCH (s)<-[:IN_STORY]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WITH s, CASE
  WHEN o.domain = 'biometricupdate.com' THEN o.domain + ':' + reduce(text = '', word IN split(a.title, ' ')[0..3] | text + ' ' + word)
  ELSE o.domain
END AS outlet
ORDER BY outlet
WITH s, collect(outlet) AS outlets
RETURN reduce(text = head(outlets), outlet IN tail(outlets) | text + ' ' + outlet) AS story
