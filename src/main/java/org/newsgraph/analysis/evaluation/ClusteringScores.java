package org.newsgraph.analysis.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How close a clustering is to a human labelling of the same items: B-cubed precision and
 * recall (per item: the share of its cluster that shares its label, and the share of its
 * label that shares its cluster), and the same over all pairs of items.
 */
public record ClusteringScores(int items, double bcubedPrecision, double bcubedRecall, double pairwisePrecision,
		double pairwiseRecall) {

	/**
	 * @param truth each item's labelled story
	 * @param predicted each item's predicted story, for the same items
	 */
	public static ClusteringScores of(List<String> truth, List<String> predicted) {
		if (truth.size() != predicted.size()) {
			throw new IllegalArgumentException("truth and prediction must label the same items");
		}
		int n = truth.size();
		Map<String, Integer> truthSizes = counts(truth);
		Map<String, Integer> predictedSizes = counts(predicted);
		Map<String, Integer> bothSizes = new HashMap<>();
		for (int i = 0; i < n; i++) {
			bothSizes.merge(truth.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
		}
		double precision = 0;
		double recall = 0;
		for (int i = 0; i < n; i++) {
			int both = bothSizes.get(truth.get(i) + '\u0000' + predicted.get(i));
			precision += (double) both / predictedSizes.get(predicted.get(i));
			recall += (double) both / truthSizes.get(truth.get(i));
		}
		long truePairs = pairs(bothSizes);
		long predictedPairs = pairs(predictedSizes);
		long labelledPairs = pairs(truthSizes);
		return new ClusteringScores(n, n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n,
				predictedPairs == 0 ? 0 : (double) truePairs / predictedPairs,
				labelledPairs == 0 ? 0 : (double) truePairs / labelledPairs);
	}

	public double bcubedF1() {
		return f1(bcubedPrecision, bcubedRecall);
	}

	public double pairwiseF1() {
		return f1(pairwisePrecision, pairwiseRecall);
	}

	private static double f1(double precision, double recall) {
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	private static Map<String, Integer> counts(List<String> labels) {
		Map<String, Integer> counts = new HashMap<>();
		labels.forEach(label -> counts.merge(label, 1, Integer::sum));
		return counts;
	}

	private static long pairs(Map<String, Integer> sizes) {
		return sizes.values().stream().mapToLong(size -> (long) size * (size - 1) / 2).sum();
	}

}
