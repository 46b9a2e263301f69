// Stories left without articles before prune-articles marked them: the next round dissolves them (empty-stories).
MATCH (s:Story)
WHERE NOT EXISTS { (s)<-[:IN_STORY]-(:Article) }
SET s:ArticleLost;
