// An article's id is derived from its canonical URL, so the id's constraint already keeps URLs unique; nothing
// looks articles up by URL (Url nodes do that), and this index cost every article written an insert.
DROP CONSTRAINT article_url IF EXISTS;
