package org.newsgraph.analysis.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.ingest.CanonicalUrl;

/** Compares the graph's stories with a human labelling. */
@Singleton
public final class StoryEvaluator {

	private static final CypherStatement STORIES_OF_URLS = CypherStatement.load("analysis/stories-of-urls");

	private static final CypherStatement SIMILAR_LINKS_OF_URLS = CypherStatement.load("analysis/similar-links-of-urls");

	private static final int LABELS_PER_TRANSACTION = 10_000;

	private final Graph graph;

	StoryEvaluator(Graph graph) {
		this.graph = graph;
	}

	public StoryEvaluation evaluate(StoryLabels labels) {
		List<StoryLabels.Label> labelled = labels.labels();
		String[] predicted = new String[labelled.size()];
		forEachRow(STORIES_OF_URLS, labelled, Map.of(), row -> {
			int index = row.get("index").asInt();
			predicted[index] = row.get("article").isNull() ? null
					: row.get("story").asString("unclustered:" + row.get("article").asString());
		});
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < predicted.length; i++) {
			if (predicted[i] == null) {
				missing.add(labelled.get(i).url());
				predicted[i] = "missing:" + i;
			}
		}
		List<String> truth = labels.labels().stream().map(StoryLabels.Label::story).toList();
		return new StoryEvaluation(ClusteringScores.of(truth, List.of(predicted)), missing,
				truth.stream().distinct().count());
	}

	/**
	 * Each labelled article's best link score to an article of another story, from the
	 * {@code SIMILAR_TO} links the clustering wrote (an article labelled under several
	 * URLs counts once, with its first label; articles not in the graph are left out).
	 * @param windowDays links between articles further apart are left out (none are made
	 * now; a graph clustered by an earlier version may hold some between copies)
	 * @param similarThreshold the score from which links are written
	 * @param storyThreshold the score from which two articles may be in one story
	 */
	public TopicalNeighbours neighbours(StoryLabels labels, double windowDays, double similarThreshold,
			double storyThreshold) {
		List<StoryLabels.Label> labelled = labels.labels();
		Map<String, String> storyOf = new LinkedHashMap<>();
		Map<String, List<Link>> linksOf = new HashMap<>();
		forEachRow(SIMILAR_LINKS_OF_URLS, labelled, Map.of("windowDays", windowDays), row -> {
			if (row.get("article").isNull()) {
				return;
			}
			String article = row.get("article").asString();
			if (storyOf.putIfAbsent(article, labelled.get(row.get("index").asInt()).story()) == null) {
				linksOf.put(article, row.get("links")
					.asList(link -> new Link(link.get("article").asString(), link.get("score").asDouble())));
			}
		});
		double[] otherLabelled = new double[storyOf.size()];
		double[] outside = new double[storyOf.size()];
		int i = 0;
		for (Map.Entry<String, String> article : storyOf.entrySet()) {
			for (Link link : linksOf.get(article.getKey())) {
				String other = storyOf.get(link.article());
				if (!article.getValue().equals(other)) {
					outside[i] = Math.max(outside[i], link.score());
					if (other != null) {
						otherLabelled[i] = Math.max(otherLabelled[i], link.score());
					}
				}
			}
			i++;
		}
		return new TopicalNeighbours(ScoreDistribution.of(otherLabelled, similarThreshold),
				ScoreDistribution.of(outside, similarThreshold), windowDays, storyThreshold);
	}

	private record Link(String article, double score) {
	}

	/**
	 * Runs a statement over the labels a page at a time, each in a transaction of its
	 * own: the labels of a million generated documents in one parameter went past Neo4j's
	 * limit on a transaction's memory with a 2 GB heap.
	 */
	private void forEachRow(CypherStatement statement, List<StoryLabels.Label> labelled, Map<String, Object> parameters,
			Consumer<Record> each) {
		for (int from = 0; from < labelled.size(); from += LABELS_PER_TRANSACTION) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = from; i < Math.min(labelled.size(), from + LABELS_PER_TRANSACTION); i++) {
				String url = labelled.get(i).url();
				rows.add(Map.of("index", i, "url", url, "canonical", canonical(url)));
			}
			Map<String, Object> page = new HashMap<>(parameters);
			page.put("labels", rows);
			graph.read(tx -> {
				tx.run(statement.text(), page).forEachRemaining(each);
				return null;
			});
		}
	}

	private static String canonical(String url) {
		try {
			return CanonicalUrl.of(url);
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

}
