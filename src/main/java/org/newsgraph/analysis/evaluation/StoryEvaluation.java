package org.newsgraph.analysis.evaluation;

import java.util.List;

/**
 * Stories compared with a labelling.
 *
 * @param missing labelled URLs under which no article was seen; each counts as a story of
 * its own
 */
public record StoryEvaluation(ClusteringScores scores, List<String> missing, long labelledStories) {

	public StoryEvaluation {
		missing = List.copyOf(missing);
	}

	public String summary() {
		StringBuilder text = new StringBuilder()
			.append(String.format("Labelled articles:   %d in %d stories%n", scores.items(), labelledStories))
			.append(String.format("Not in the graph:    %d%n", missing.size()))
			.append(String.format("B-cubed precision:   %.3f%n", scores.bcubedPrecision()))
			.append(String.format("B-cubed recall:      %.3f%n", scores.bcubedRecall()))
			.append(String.format("B-cubed F1:          %.3f%n", scores.bcubedF1()))
			.append(String.format("Pairwise precision:  %.3f%n", scores.pairwisePrecision()))
			.append(String.format("Pairwise recall:     %.3f%n", scores.pairwiseRecall()))
			.append(String.format("Pairwise F1:         %.3f%n", scores.pairwiseF1()));
		missing.forEach(url -> text.append("Not in the graph: ").append(url).append(System.lineSeparator()));
		return text.toString();
	}

}
