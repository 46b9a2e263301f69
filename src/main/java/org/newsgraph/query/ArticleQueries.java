package org.newsgraph.query;

import static org.newsgraph.query.Values.bool;
import static org.newsgraph.query.Values.dateTime;
import static org.newsgraph.query.Values.listOf;
import static org.newsgraph.query.Values.outlet;
import static org.newsgraph.query.Values.text;
import static org.newsgraph.query.Values.whole;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.ingest.CanonicalUrl;

/**
 * Articles: paged lists (newest first, or best match to a full-text query) and one
 * article with its neighbourhood and provenance.
 */
@Singleton
public final class ArticleQueries {

	private static final PagedRead<ArticleSummary> ARTICLES = new PagedRead<>(
			CypherStatement.load("read/article-count"), CypherStatement.load("read/articles"), "article",
			ArticleQueries::summary);

	private static final CypherStatement ARTICLES_MATCHING = CypherStatement.load("read/articles-matching");

	private static final CypherStatement ARTICLE = CypherStatement.load("read/article");

	private static final CypherStatement ARTICLE_ID_BY_URL = CypherStatement.load("read/article-id-by-url");

	private final Graph graph;

	private final ReadCache answers;

	ArticleQueries(Graph graph, ReadCache answers) {
		this.graph = graph;
		this.answers = answers;
	}

	public Page<ArticleSummary> list(PageRequest request) {
		return answers.get(() -> ARTICLES.read(graph, request), "articles", request);
	}

	/**
	 * Articles whose title or excerpt match a Lucene query, best match first; all
	 * articles, newest first, when the text is blank.
	 * @throws InvalidQueryException when the text is not a valid Lucene query
	 */
	public Page<ArticleSummary> search(String text, PageRequest request) {
		String query = TextSearch.queryOrNull(text);
		if (query == null) {
			return list(request);
		}
		return answers.get(() -> TextSearch.read(() -> graph.read(tx -> {
			var row = tx
				.run(ARTICLES_MATCHING.text(), Map.of("text", query, "skip", request.skip(), "limit", request.size()))
				.single();
			return new Page<>(listOf(row.get("articles"), ArticleQueries::summary), request.page(), request.size(),
					row.get("total").asLong());
		})), "articles matching", query, request);
	}

	/**
	 * @throws NotFoundException when no article has this id
	 */
	public ArticleDetail byId(String id) {
		return answers.get(
				() -> graph.read(tx -> tx.run(ARTICLE.text(), Map.of("id", id)).list(row -> detail(row.get("article"))))
					.stream()
					.findFirst()
					.orElseThrow(() -> new NotFoundException("No article with id '" + id + "'")),
				"article", id);
	}

	/**
	 * The article seen under a URL, in any of the forms documents gave it (AMP, tracking
	 * parameters, ...).
	 * @throws InvalidQueryException when the text is not an absolute http(s) URL
	 * @throws NotFoundException when no article was seen under it
	 */
	public ArticleDetail byUrl(String url) {
		String canonical;
		try {
			canonical = CanonicalUrl.of(url);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException("url: " + ex.getMessage());
		}
		List<String> id = answers.get(() -> graph.read(
				tx -> tx.run(ARTICLE_ID_BY_URL.text(), Map.of("urls", List.of(url, canonical), "canonical", canonical))
					.list(row -> row.get("id").asString())),
				"article id by url", url);
		if (id.isEmpty()) {
			throw new NotFoundException("No article was seen under the URL '" + url + "'");
		}
		return byId(id.get(0));
	}

	static ArticleSummary summary(Value article) {
		return new ArticleSummary(text(article.get("id")), text(article.get("url")), text(article.get("title")),
				text(article.get("excerpt")), dateTime(article.get("publishedAt")), outlet(article.get("outlet")));
	}

	private static StoryRef story(Value story) {
		return story.isNull() ? null : new StoryRef(text(story.get("id")), text(story.get("headline")),
				story.get("articleCount").asLong(), story.get("outletCount").asLong());
	}

	private static ArticleDetail detail(Value article) {
		return new ArticleDetail(text(article.get("id")), text(article.get("url")), text(article.get("webUrl")),
				text(article.get("originalUrl")), text(article.get("ampWebUrl")), text(article.get("cdnAmpWebUrl")),
				listOf(article.get("urls"), Value::asString), text(article.get("title")), text(article.get("excerpt")),
				text(article.get("titleKey")), dateTime(article.get("publishedAt")), text(article.get("type")),
				whole(article.get("quality")), whole(article.get("heat")), bool(article.get("published")),
				text(article.get("category")), dateTime(article.get("firstSeen")), dateTime(article.get("lastSeen")),
				outlet(article.get("outlet")), story(article.get("story")),
				listOf(article.get("topics"), Value::asString),
				listOf(article.get("images"),
						image -> new ArticleDetail.Image(text(image.get("url")), whole(image.get("width")),
								whole(image.get("height")))),
				listOf(article.get("related"),
						related -> new ArticleDetail.RelatedArticle(text(related.get("id")), text(related.get("url")),
								text(related.get("title")))),
				listOf(article.get("sources"),
						source -> new ArticleDetail.Source(text(source.get("path")), text(source.get("role")))));
	}

}
