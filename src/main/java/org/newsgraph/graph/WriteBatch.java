package org.newsgraph.graph;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.ingest.ArticleFacts;
import org.newsgraph.ingest.CleanText;
import org.newsgraph.ingest.ImageFacts;
import org.newsgraph.ingest.NewsDocument;
import org.newsgraph.ingest.OutletFacts;

/**
 * The parameter rows for one batch of documents, one list per write statement,
 * deduplicated so that every node is merged once per batch. Where blocks disagree about
 * an article or outlet, a main block beats a related item and a later document beats an
 * earlier one: the same rule the statements apply across batches, so the graph does not
 * depend on the batch size. List facts (topics, images, URLs) are unioned.
 */
final class WriteBatch {

	private final OffsetDateTime loadedAt;

	private final Map<String, Map<String, Object>> outlets = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> images = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> articles = new LinkedHashMap<>();

	/** By article id, in the order of {@link #articles}. */
	private final Map<String, ArticleLinks> links = new LinkedHashMap<>();

	private final List<Map<String, Object>> documents = new ArrayList<>();

	private WriteBatch(OffsetDateTime loadedAt) {
		this.loadedAt = loadedAt;
	}

	static WriteBatch of(List<NewsDocument> batch, OffsetDateTime loadedAt) {
		WriteBatch rows = new WriteBatch(loadedAt);
		batch.forEach(rows::add);
		return rows;
	}

	private void add(NewsDocument document) {
		ArticleFacts main = document.main();
		String source = document.source();
		List<Map<String, Object>> describes = new ArrayList<>();
		describes.add(Map.of("article", main.id(), "role", "main"));
		for (ArticleFacts related : document.related()) {
			add(related, false, source);
			describes.add(Map.of("article", related.id(), "role", "related"));
			if (!related.id().equals(main.id())) {
				linksOf(main.id()).related.add(related.id());
			}
		}
		add(main, true, source);
		for (String topic : document.topics()) {
			linksOf(main.id()).topics.add(Map.of("topic", topic, "source", source));
		}
		Map<String, Object> sourceDocument = new HashMap<>();
		sourceDocument.put("path", source);
		sourceDocument.put("sha256", document.sha256());
		sourceDocument.put("loadedAt", loadedAt);
		sourceDocument.put("secured", document.secured());
		sourceDocument.put("describes", describes);
		documents.add(sourceDocument);
	}

	private void add(ArticleFacts article, boolean fromMain, String source) {
		if (replaces(articles.get(article.id()), fromMain)) {
			articles.put(article.id(),
					row("id", article.id(), fromMain, addedUp(articles.get(article.id()), articleProperties(article))));
			linksOf(article.id()).publisher(article.outlet().domain(), fromMain);
		}
		OutletFacts outlet = article.outlet();
		if (replaces(outlets.get(outlet.domain()), fromMain)) {
			outlets.put(outlet.domain(), row("domain", outlet.domain(), fromMain,
					addedUp(outlets.get(outlet.domain()), outletProperties(outlet))));
		}
		for (String url : article.urls().all()) {
			linksOf(article.id()).urls.add(Map.of("url", url, "source", source));
		}
		for (ImageFacts image : article.images()) {
			Map<String, Object> properties = imageProperties(image);
			images.merge(image.url(), Map.of("url", image.url(), "properties", properties),
					(previous, next) -> mergedImage(previous, properties));
			linksOf(article.id()).images.add(Map.of("image", image.url(), "source", source));
		}
	}

	private ArticleLinks linksOf(String article) {
		return links.computeIfAbsent(article, ArticleLinks::new);
	}

	static boolean replaces(Map<String, Object> previous, boolean fromMain) {
		return fromMain || previous == null || !Boolean.TRUE.equals(previous.get("fromMain"));
	}

	/**
	 * Facts about one node met twice in a batch add up as they do across batches, where
	 * {@code SET n += properties} keeps what the later document does not restate: the
	 * graph must not depend on where batches begin.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> addedUp(Map<String, Object> previous, Map<String, Object> properties) {
		if (previous == null) {
			return properties;
		}
		Map<String, Object> sum = new LinkedHashMap<>((Map<String, Object>) previous.get("properties"));
		sum.putAll(properties);
		return sum;
	}

	private static Map<String, Object> row(String keyName, String key, boolean fromMain,
			Map<String, Object> properties) {
		return Map.of(keyName, key, "fromMain", fromMain, "properties", properties);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> mergedImage(Map<String, Object> previous, Map<String, Object> properties) {
		Map<String, Object> merged = new HashMap<>((Map<String, Object>) previous.get("properties"));
		merged.putAll(properties);
		return Map.of("url", previous.get("url"), "properties", merged);
	}

	/**
	 * The article's stated facts; absent ones are left out, so that they never erase what
	 * another block said.
	 */
	private static Map<String, Object> articleProperties(ArticleFacts article) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("url", article.urls().canonical());
		putIfStated(properties, "webUrl", article.urls().webUrl());
		putIfStated(properties, "originalUrl", article.urls().originalUrl());
		putIfStated(properties, "ampWebUrl", article.urls().ampWebUrl());
		putIfStated(properties, "cdnAmpWebUrl", article.urls().cdnAmpWebUrl());
		putText(properties, "title", article.title());
		putText(properties, "excerpt", article.excerpt());
		putIfStated(properties, "titleKey", article.titleKey());
		putIfStated(properties, "publishedAt", article.publishedAt());
		putIfStated(properties, "updatedAt", article.updatedAt());
		putIfStated(properties, "sitePath", article.sitePath());
		putIfStated(properties, "locale", article.locale());
		putIfStated(properties, "tags", article.tags().isEmpty() ? null : article.tags());
		putIfStated(properties, "categories", article.categories().isEmpty() ? null : article.categories());
		putIfStated(properties, "type", article.type());
		putIfStated(properties, "quality", article.quality());
		putIfStated(properties, "heat", article.heat());
		putIfStated(properties, "published", article.published());
		putIfStated(properties, "category", article.category());
		putIfStated(properties, "body", article.body());
		putIfStated(properties, "extra", article.extra());
		return properties;
	}

	private static Map<String, Object> outletProperties(OutletFacts outlet) {
		Map<String, Object> properties = new HashMap<>();
		putText(properties, "name", outlet.name());
		putIfStated(properties, "logos", outlet.logos());
		putIfStated(properties, "extra", outlet.extra());
		return properties;
	}

	private static Map<String, Object> imageProperties(ImageFacts image) {
		Map<String, Object> properties = new HashMap<>();
		putIfStated(properties, "width", image.width());
		putIfStated(properties, "height", image.height());
		putIfStated(properties, "title", image.title());
		putIfStated(properties, "cached", image.cached());
		putIfStated(properties, "extra", image.extra());
		return properties;
	}

	/**
	 * A cleaned text, and the text as given ({@code <key>Raw}) where cleaning changed it.
	 */
	private static void putText(Map<String, Object> properties, String key, CleanText text) {
		if (text != null) {
			properties.put(key, text.value());
			putIfStated(properties, key + "Raw", text.raw());
		}
	}

	private static void putIfStated(Map<String, Object> properties, String key, Object value) {
		if (value != null) {
			properties.put(key, value);
		}
	}

	Collection<Map<String, Object>> outletRows() {
		return outlets.values();
	}

	Collection<Map<String, Object>> imageRows() {
		return images.values();
	}

	Collection<Map<String, Object>> articleRows() {
		return articles.values();
	}

	List<Map<String, Object>> articleLinkRows() {
		return links.values().stream().map(ArticleLinks::row).toList();
	}

	Collection<Map<String, Object>> documentRows() {
		return documents;
	}

	Map<String, Object> outlets() {
		return Map.of("outlets", List.copyOf(outlets.values()));
	}

	Map<String, Object> images() {
		return Map.of("images", List.copyOf(images.values()));
	}

	Map<String, Object> articles() {
		return Map.of("articles", List.copyOf(articles.values()), "seenAt", loadedAt);
	}

	Map<String, Object> articleLinks() {
		return Map.of("links", articleLinkRows());
	}

	Map<String, Object> documents() {
		return Map.of("documents", List.copyOf(documents));
	}

	/**
	 * Everything the batch links one article to, so that the article is looked up once
	 * for all of it. Each list keeps the batch's order, so a link's sources grow in the
	 * order of its documents, whatever the grouping.
	 */
	private static final class ArticleLinks {

		private final String article;

		private String outlet;

		private boolean fromMain;

		private final Set<Map<String, Object>> urls = new LinkedHashSet<>();

		private final Set<Map<String, Object>> topics = new LinkedHashSet<>();

		private final Set<Map<String, Object>> images = new LinkedHashSet<>();

		private final Set<String> related = new LinkedHashSet<>();

		ArticleLinks(String article) {
			this.article = article;
		}

		/** Chosen by the rule of the article's facts, and so set with them. */
		void publisher(String outlet, boolean fromMain) {
			this.outlet = outlet;
			this.fromMain = fromMain;
		}

		Map<String, Object> row() {
			return Map.of("article", article, "fromMain", fromMain, "outlet", outlet, "urls", List.copyOf(urls),
					"topics", List.copyOf(topics), "images", List.copyOf(images), "related", List.copyOf(related));
		}

	}

}
