// Nothing looks articles up by their title key (it is shown with an article, never searched for), and the index
// cost every article written an insert.
DROP INDEX article_title_key IF EXISTS;
