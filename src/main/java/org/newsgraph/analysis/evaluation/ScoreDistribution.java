package org.newsgraph.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a set of link scores is spread: quantiles, shares from given scores and a
 * histogram. Scores below the similarity threshold are never written as links, so an
 * article whose best score is below it counts as 0 here, and a quantile of 0 reads "below
 * the similarity threshold". Quantiles are the nearest rank, never an interpolation
 * between such a 0 and a written score, which would invent a score nobody measured.
 *
 * @param scores the scores, ascending
 * @param floor the similarity threshold: lower scores were not written and count as 0
 */
public record ScoreDistribution(List<Double> scores, double floor) {

	/** The quantiles reported: p10, p25, p50, p75, p90. */
	public static final double[] QUANTILES = { 0.10, 0.25, 0.50, 0.75, 0.90 };

	public ScoreDistribution {
		scores = scores.stream().map(score -> score < floor ? 0.0 : score).sorted().toList();
	}

	public static ScoreDistribution of(double[] scores, double floor) {
		return new ScoreDistribution(Arrays.stream(scores).boxed().toList(), floor);
	}

	public int size() {
		return scores.size();
	}

	/** The nearest-rank quantile: the smallest score that at least this share reaches. */
	public double quantile(double share) {
		if (scores.isEmpty()) {
			return 0;
		}
		int rank = (int) Math.ceil(share * scores.size());
		return scores.get(Math.min(scores.size(), Math.max(1, rank)) - 1);
	}

	/** The share of scores from this score on. */
	public double shareFrom(double score) {
		return scores.isEmpty() ? 0 : scores.stream().filter(each -> each >= score).count() / (double) scores.size();
	}

	/**
	 * How many scores fall in each bin between the given bounds: below the first, then
	 * from each bound to the next, then from the last on.
	 */
	public List<Bin> histogram(double... bounds) {
		double[] sorted = Arrays.stream(bounds).sorted().distinct().toArray();
		List<Bin> bins = new ArrayList<>();
		for (int i = 0; i <= sorted.length; i++) {
			double from = i == 0 ? 0 : sorted[i - 1];
			Double to = i == sorted.length ? null : sorted[i];
			long count = scores.stream()
				.filter(score -> (from == 0 || score >= from) && (to == null || score < to))
				.count();
			bins.add(new Bin(from, to, count));
		}
		return bins;
	}

	/**
	 * @param from the lowest score in the bin (0 for the first)
	 * @param to the score from which the next bin starts, null for the last
	 */
	public record Bin(double from, Double to, long count) {
	}

}
