package org.newsgraph.analysis.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.ingest.CanonicalUrl;

/** Compares the graph's stories with a human labelling. */
@Singleton
public final class StoryEvaluator {

	private static final CypherStatement STORIES_OF_URLS = CypherStatement.load("analysis/stories-of-urls");

	private static final CypherStatement SIMILAR_LINKS_OF_URLS = CypherStatement.load("analysis/similar-links-of-urls");

	private final Graph graph;

	StoryEvaluator(Graph graph) {
		this.graph = graph;
	}

	public StoryEvaluation evaluate(StoryLabels labels) {
		List<StoryLabels.Label> labelled = labels.labels();
		List<Map<String, Object>> rows = rows(labelled);
		String[] predicted = new String[labelled.size()];
		graph.read(tx -> {
			tx.run(STORIES_OF_URLS.text(), Map.of("labels", rows)).forEachRemaining(row -> {
				int index = row.get("index").asInt();
				predicted[index] = row.get("article").isNull() ? null
						: row.get("story").asString("unclustered:" + row.get("article").asString());
			});
			return null;
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
	 * @param windowDays links between articles further apart are left out
	 * (near-duplicates are linked at any distance, but cannot join a story from that far)
	 * @param similarThreshold the score from which links are written
	 * @param storyThreshold the score from which two articles may be in one story
	 */
	public TopicalNeighbours neighbours(StoryLabels labels, double windowDays, double similarThreshold,
			double storyThreshold) {
		List<StoryLabels.Label> labelled = labels.labels();
		Map<String, String> storyOf = new LinkedHashMap<>();
		Map<String, List<Link>> linksOf = new HashMap<>();
		graph.read(tx -> {
			tx.run(SIMILAR_LINKS_OF_URLS.text(), Map.of("labels", rows(labelled), "windowDays", windowDays))
				.forEachRemaining(row -> {
					if (row.get("article").isNull()) {
						return;
					}
					String article = row.get("article").asString();
					if (storyOf.putIfAbsent(article, labelled.get(row.get("index").asInt()).story()) == null) {
						linksOf.put(article, row.get("links")
							.asList(link -> new Link(link.get("article").asString(), link.get("score").asDouble())));
					}
				});
			return null;
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

	private static List<Map<String, Object>> rows(List<StoryLabels.Label> labelled) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < labelled.size(); i++) {
			String url = labelled.get(i).url();
			rows.add(Map.of("index", i, "url", url, "canonical", canonical(url)));
		}
		return rows;
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
