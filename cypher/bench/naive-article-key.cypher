// The naive baseline's articles are found by URL, as our own by id: unique, hence indexed.
CREATE CONSTRAINT naive_article_url IF NOT EXISTS FOR (a:NaiveArticle) REQUIRE a.url IS UNIQUE
