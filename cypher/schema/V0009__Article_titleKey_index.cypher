CREATE INDEX article_title_key IF NOT EXISTS FOR (a:Article) ON (a.titleKey);
