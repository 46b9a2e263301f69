// The story list's default order, most articles first, read from this index a page at a time (stories-by-size).
CREATE INDEX story_article_count IF NOT EXISTS FOR (s:Story) ON (s.articleCount);
