package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.ingest.ArticleFacts;
import org.newsgraph.ingest.DocumentParser;
import org.newsgraph.ingest.NewsDocument;

/**
 * The loader a user would write first, as a baseline: each document in a transaction of
 * its own, every node and link by {@code MERGE}. It parses with newsgraph's parser, so
 * that only the writing differs.
 */
final class NaiveLoader {

	private static final List<CypherStatement> KEYS = List.of(CypherStatement.load("bench/naive-article-key"),
			CypherStatement.load("bench/naive-outlet-key"), CypherStatement.load("bench/naive-topic-key"));

	private static final CypherStatement DOCUMENT = CypherStatement.load("bench/naive-document");

	private static final CypherStatement DELETE_BATCH = CypherStatement.load("bench/delete-naive-batch");

	private final Graph graph;

	private final DocumentParser parser;

	NaiveLoader(Graph graph, DocumentParser parser) {
		this.graph = graph;
		this.parser = parser;
	}

	/**
	 * @return how many documents were written
	 */
	long load(Path file) {
		KEYS.forEach(key -> graph.write(tx -> tx.run(key.text()).consume()));
		long[] written = { 0 };
		parser.read(file, document -> {
			graph.write(tx -> tx.run(DOCUMENT.text(), Map.of("document", parameters(document))).consume());
			written[0]++;
		}, problem -> {
		});
		return written[0];
	}

	/**
	 * The first documents of a JSON Lines corpus as a file of their own, so that the
	 * baseline's time is spent on them alone, not on parsing the documents after them.
	 */
	static Path sample(Path corpus, long documents, Path sample) throws IOException {
		try (Stream<String> lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
			Files.write(sample, (Iterable<String>) lines.limit(documents)::iterator, StandardCharsets.UTF_8);
		}
		return sample;
	}

	/** Leaves the database as it was before, but for the constraints. */
	void clear() {
		long deleted;
		do {
			deleted = graph
				.write(tx -> tx.run(DELETE_BATCH.text(), Map.of("limit", 10_000)).single().get("deleted").asLong());
		}
		while (deleted > 0);
	}

	private static Map<String, Object> parameters(NewsDocument document) {
		Map<String, Object> parameters = article(document.main());
		parameters.put("excerpt", document.main().excerpt() == null ? null : document.main().excerpt().value());
		parameters.put("publishedAt",
				document.main().publishedAt() == null ? null : document.main().publishedAt().toString());
		parameters.put("topics", document.topics());
		parameters.put("related", document.related().stream().map(NaiveLoader::article).toList());
		return parameters;
	}

	private static Map<String, Object> article(ArticleFacts article) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("url", article.urls().canonical());
		fields.put("title", article.title().value());
		fields.put("domain", article.outlet().domain());
		fields.put("outletName", article.outlet().name() == null ? null : article.outlet().name().value());
		return fields;
	}

}
