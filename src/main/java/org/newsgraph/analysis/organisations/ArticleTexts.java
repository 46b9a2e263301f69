package org.newsgraph.analysis.organisations;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * Articles' titles and excerpts read a page at a time in id order, so that memory stays
 * flat however many there are.
 */
public final class ArticleTexts {

	private static final int PAGE = 2_000;

	private static final CypherStatement ARTICLES = CypherStatement.load("analysis/articles-to-tag");

	private static final CypherStatement PENDING_ARTICLES = CypherStatement.load("analysis/pending-articles-to-tag");

	private ArticleTexts() {
	}

	/** A page's text: title and excerpt on two lines. */
	public static String text(Record article) {
		return value(article, "title") + "\n" + value(article, "excerpt");
	}

	/**
	 * @param all every article, else only those written since stories were last formed
	 */
	public static void forEachPage(Graph graph, boolean all, Consumer<List<Record>> work) {
		CypherStatement articles = all ? ARTICLES : PENDING_ARTICLES;
		String after = "";
		while (true) {
			Map<String, Object> parameters = Map.of("after", after, "limit", PAGE);
			List<Record> page = graph.read(tx -> tx.run(articles.text(), parameters).list());
			if (page.isEmpty()) {
				return;
			}
			work.accept(page);
			after = page.get(page.size() - 1).get("id").asString();
		}
	}

	private static String value(Record article, String key) {
		return article.get(key).isNull() ? "" : article.get(key).asString();
	}

}
