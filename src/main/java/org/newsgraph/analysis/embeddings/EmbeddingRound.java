package org.newsgraph.analysis.embeddings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * Gives the articles waiting for it (new, or loaded again) a sentence vector of their
 * title and excerpt, then their stories the mean of their members' vectors. A page at a
 * time, each written in one transaction that also clears its marks: a round stopped at
 * any point is finished by the next, and every vector is the one an unbroken round gives,
 * since a text's vector depends on the text alone. An article loaded again with the text
 * its vector came from keeps it.
 */
public final class EmbeddingRound {

	private static final CypherStatement PENDING = CypherStatement.load("analysis/embedding-pending-count");

	private static final CypherStatement ARTICLES_TO_EMBED = CypherStatement.load("analysis/articles-to-embed");

	private static final CypherStatement WRITE_ARTICLE_VECTORS = CypherStatement.load("analysis/write-article-vectors");

	private static final CypherStatement STORIES_TO_EMBED = CypherStatement.load("analysis/stories-to-embed");

	private static final CypherStatement WRITE_STORY_VECTORS = CypherStatement.load("analysis/write-story-vectors");

	private final Graph graph;

	private final SentenceEncoder encoder;

	private final EmbeddingSettings settings;

	public EmbeddingRound(Graph graph, SentenceEncoder encoder, EmbeddingSettings settings) {
		this.graph = graph;
		this.encoder = encoder;
		this.settings = settings;
	}

	public EmbeddingReport run(AnalysisProgress.Listener progress) {
		long started = System.nanoTime();
		long articlesTotal = graph.read(tx -> tx.run(PENDING.text()).single().get("articles").asLong());
		progress.progress(new AnalysisProgress("embedding articles", 0, articlesTotal));
		long encoded = 0;
		long unchanged = 0;
		long articlesDone = 0;
		while (true) {
			List<PendingArticle> page = graph
				.read(tx -> tx.run(ARTICLES_TO_EMBED.text(), Map.of("limit", settings.articlesPerTransaction()))
					.list(PendingArticle::of));
			if (page.isEmpty()) {
				break;
			}
			List<Map<String, Object>> rows = vectorsOf(page);
			int settled = graph.write(tx -> tx.run(WRITE_ARTICLE_VECTORS.text(), Map.of("articles", rows))
				.consume()
				.counters()
				.labelsRemoved());
			long kept = rows.stream().filter(row -> row.get("vector") == null).count();
			unchanged += kept;
			encoded += rows.size() - kept;
			articlesDone += page.size();
			progress.progress(new AnalysisProgress("embedding articles", articlesDone, articlesTotal));
			if (settled == 0) {
				// Each page was given a new text between reading and writing: the next
				// round encodes what the texts are then.
				break;
			}
		}
		long stories = embedStories(progress);
		return new EmbeddingReport(encoded, unchanged, stories, Duration.ofNanos(System.nanoTime() - started));
	}

	private List<Map<String, Object>> vectorsOf(List<PendingArticle> page) {
		Map<String, float[]> vectors = new LinkedHashMap<>();
		for (PendingArticle article : page) {
			if (!article.keepsItsVector() && !article.text().isEmpty()) {
				vectors.putIfAbsent(article.text().text(), null);
			}
		}
		List<String> texts = new ArrayList<>(vectors.keySet());
		float[][] encoded = encoder.encode(texts);
		for (int i = 0; i < encoded.length; i++) {
			vectors.put(texts.get(i), encoded[i]);
		}
		List<Map<String, Object>> rows = new ArrayList<>(page.size());
		for (PendingArticle article : page) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", article.id());
			row.put("title", article.title());
			row.put("excerpt", article.excerpt());
			row.put("textHash", article.textHash());
			row.put("vector", article.keepsItsVector() ? null : vectors.get(article.text().text()));
			rows.add(row);
		}
		return rows;
	}

	private long embedStories(AnalysisProgress.Listener progress) {
		long stories = 0;
		long total = graph.read(tx -> tx.run(PENDING.text()).single().get("stories").asLong());
		while (true) {
			List<Map<String, Object>> rows = graph.read(tx -> tx
				.run(STORIES_TO_EMBED.text(),
						Map.of("limit", settings.storiesPerTransaction(), "members", settings.storyMembers()))
				.list(story -> {
					Map<String, Object> row = new HashMap<>();
					row.put("id", story.get("id").asString());
					row.put("vector", UnitVectors.mean(story.get("vectors").asList(UnitVectors::of)));
					return row;
				}));
			if (rows.isEmpty()) {
				return stories;
			}
			int settled = graph.write(tx -> tx.run(WRITE_STORY_VECTORS.text(), Map.of("stories", rows))
				.consume()
				.counters()
				.labelsRemoved());
			stories += rows.size();
			progress.progress(new AnalysisProgress("embedding stories", stories, total));
			if (settled == 0) {
				return stories;
			}
		}
	}

	/** An article waiting for its vector, as read. */
	private record PendingArticle(String id, String title, String excerpt, ArticleText text, String textHash,
			String embeddedText) {

		static PendingArticle of(org.neo4j.driver.Record row) {
			String title = row.get("title").asString();
			String excerpt = row.get("excerpt").asString();
			ArticleText text = ArticleText.of(title, excerpt);
			return new PendingArticle(row.get("id").asString(), title, excerpt, text, text.hash(),
					row.get("embeddedText").asString(null));
		}

		/** Loaded again with the text its vector came from, or with no text at all. */
		boolean keepsItsVector() {
			return text.isEmpty() || textHash.equals(embeddedText);
		}

	}

}
