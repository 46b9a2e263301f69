package org.newsgraph.analysis.evaluation;

import java.util.ArrayList;
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

	private final Graph graph;

	StoryEvaluator(Graph graph) {
		this.graph = graph;
	}

	public StoryEvaluation evaluate(StoryLabels labels) {
		List<StoryLabels.Label> labelled = labels.labels();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < labelled.size(); i++) {
			String url = labelled.get(i).url();
			rows.add(Map.of("index", i, "url", url, "canonical", canonical(url)));
		}
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

	private static String canonical(String url) {
		try {
			return CanonicalUrl.of(url);
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

}
