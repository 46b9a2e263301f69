// Stories whose articles are all gone: they are dissolved like any other (dissolve-stories). Only stories that lost
// an article (prune-articles) can be empty, so no round reads every story.
MATCH (s:Story:ArticleLost)
WHERE NOT EXISTS { (s)<-[:IN_STORY]-(:Article) }
RETURN s.id AS id
