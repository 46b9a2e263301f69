// A campaign, its press and its organisations
// Campaigns are defined in campaigns.yml; an article is IN_CAMPAIGN when it matches the campaign's query. Organisations RUN or are TARGETED by campaigns, and articles MENTION them.
// :param campaign => 'uk-live-facial-recognition'
MATCH path = (:Campaign {id: $campaign})<-[:IN_CAMPAIGN]-(:Article)-[:PUBLISHED_BY|MENTIONS]->()
RETURN path
UNION
MATCH path = (:Organisation)-[:RUNS|TARGETS]-(:Campaign {id: $campaign})
RETURN path
