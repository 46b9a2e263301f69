package org.newsgraph.graph;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.ingest.ArticleFacts;
import org.newsgraph.ingest.ImageFacts;
import org.newsgraph.ingest.NewsDocument;

/**
 * The parameter rows for one batch of documents, one list per write statement,
 * deduplicated so that every node is merged once per batch. Where blocks disagree about
 * an article, a main block beats a related item and a later document beats an earlier
 * one, the same rule the statements apply across batches.
 */
final class WriteBatch {

	private final Map<String, Map<String, Object>> outlets = new LinkedHashMap<>();

	private final Set<String> topics = new LinkedHashSet<>();

	private final Map<String, Map<String, Object>> images = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> articles = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> publishers = new LinkedHashMap<>();

	private final Set<Map<String, Object>> topicLinks = new LinkedHashSet<>();

	private final Set<Map<String, Object>> imageLinks = new LinkedHashSet<>();

	private final Set<Map<String, Object>> relatedLinks = new LinkedHashSet<>();

	private final List<Map<String, Object>> documents = new ArrayList<>();

	static WriteBatch of(List<NewsDocument> batch, OffsetDateTime loadedAt) {
		WriteBatch rows = new WriteBatch();
		batch.forEach(document -> rows.add(document, loadedAt));
		return rows;
	}

	private void add(NewsDocument document, OffsetDateTime loadedAt) {
		ArticleFacts main = document.main();
		List<Map<String, Object>> describes = new ArrayList<>();
		describes.add(Map.of("article", main.id(), "role", "main"));
		for (ArticleFacts related : document.related()) {
			add(related, false);
			describes.add(Map.of("article", related.id(), "role", "related"));
			if (!related.id().equals(main.id())) {
				relatedLinks.add(Map.of("from", main.id(), "to", related.id()));
			}
		}
		add(main, true);
		for (String topic : document.topics()) {
			topics.add(topic);
			topicLinks.add(Map.of("article", main.id(), "topic", topic));
		}
		Map<String, Object> source = new HashMap<>();
		source.put("path", document.path().toString());
		source.put("sha256", document.sha256());
		source.put("loadedAt", loadedAt);
		source.put("secured", document.secured());
		source.put("describes", describes);
		documents.add(source);
	}

	private void add(ArticleFacts article, boolean fromMain) {
		boolean replaces = fromMain
				|| !Boolean.TRUE.equals(articles.getOrDefault(article.id(), Map.of()).get("fromMain"));
		if (replaces) {
			articles.put(article.id(),
					Map.of("id", article.id(), "fromMain", fromMain, "properties", properties(article)));
			publishers.put(article.id(),
					Map.of("article", article.id(), "outlet", article.outlet().domain(), "fromMain", fromMain));
		}
		outlets.put(article.outlet().domain(), outletRow(article, fromMain));
		for (ImageFacts image : article.images()) {
			Map<String, Object> row = new HashMap<>();
			row.put("url", image.url());
			row.put("width", image.width());
			row.put("height", image.height());
			images.merge(image.url(), row, (previous, next) -> image.width() == null ? previous : next);
			imageLinks.add(Map.of("article", article.id(), "image", image.url()));
		}
	}

	private Map<String, Object> outletRow(ArticleFacts article, boolean fromMain) {
		Map<String, Object> previous = outlets.get(article.outlet().domain());
		boolean keepPrevious = previous != null && Boolean.TRUE.equals(previous.get("fromMain")) && !fromMain;
		if (keepPrevious) {
			return previous;
		}
		Map<String, Object> row = new HashMap<>();
		row.put("domain", article.outlet().domain());
		row.put("name", article.outlet().name());
		row.put("fromMain", fromMain);
		return row;
	}

	/**
	 * The article's stated facts; absent ones are left out, so that they never erase what
	 * another block said.
	 */
	private static Map<String, Object> properties(ArticleFacts article) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("id", article.id());
		properties.put("url", article.url());
		putIfStated(properties, "webUrl", article.webUrl());
		putIfStated(properties, "originalUrl", article.originalUrl());
		putIfStated(properties, "ampWebUrl", article.ampWebUrl());
		putIfStated(properties, "cdnAmpWebUrl", article.cdnAmpWebUrl());
		putIfStated(properties, "title", article.title());
		putIfStated(properties, "excerpt", article.excerpt());
		putIfStated(properties, "publishedAt", article.publishedAt());
		putIfStated(properties, "type", article.type());
		putIfStated(properties, "quality", article.quality());
		putIfStated(properties, "heat", article.heat());
		putIfStated(properties, "published", article.published());
		putIfStated(properties, "category", article.category());
		return properties;
	}

	private static void putIfStated(Map<String, Object> properties, String key, Object value) {
		if (value != null) {
			properties.put(key, value);
		}
	}

	Map<String, Object> outlets() {
		return Map.of("outlets", List.copyOf(outlets.values()));
	}

	Map<String, Object> topics() {
		return Map.of("topics", List.copyOf(topics));
	}

	Map<String, Object> images() {
		return Map.of("images", List.copyOf(images.values()));
	}

	Map<String, Object> articles() {
		return Map.of("articles", List.copyOf(articles.values()));
	}

	Map<String, Object> publisherLinks() {
		return Map.of("links", List.copyOf(publishers.values()));
	}

	Map<String, Object> topicLinks() {
		return Map.of("links", List.copyOf(topicLinks));
	}

	Map<String, Object> imageLinks() {
		return Map.of("links", List.copyOf(imageLinks));
	}

	Map<String, Object> relatedLinks() {
		return Map.of("links", List.copyOf(relatedLinks));
	}

	Map<String, Object> documents() {
		return Map.of("documents", List.copyOf(documents));
	}

}
