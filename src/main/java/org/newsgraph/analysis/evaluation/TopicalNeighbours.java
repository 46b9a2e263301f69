package org.newsgraph.analysis.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How close each labelled article's nearest article of another story comes, by the link
 * score the clustering wrote: how hard the labelled corpus is to cluster. Real news has
 * topical neighbours (articles about other events of the same subject and days share many
 * words); a synthetic corpus is only a fair test of precision when its neighbours come as
 * close as real ones do.
 *
 * @param otherLabelledStory each labelled article's best score to an article labelled
 * with another story
 * @param outsideStory each labelled article's best score to any article not labelled with
 * its story, labelled or not
 * @param windowDays links between articles further apart are left out
 * @param storyThreshold the score from which two articles may be in one story
 */
public record TopicalNeighbours(ScoreDistribution otherLabelledStory, ScoreDistribution outsideStory, double windowDays,
		double storyThreshold) {

	private static final double[] BOUNDS = { 0.12, 0.25, 0.4 };

	public String summary() {
		return "Best link score of each labelled article within " + format(windowDays) + " days (below "
				+ format(otherLabelledStory.floor()) + " no link is written):" + System.lineSeparator()
				+ summary("to an article of another labelled story", otherLabelledStory)
				+ summary("to any article outside its story, labelled or not", outsideStory);
	}

	private String summary(String what, ScoreDistribution scores) {
		StringBuilder text = new StringBuilder(String.format("  %s (%d articles):%n    ", what, scores.size()));
		for (double share : ScoreDistribution.QUANTILES) {
			double quantile = scores.quantile(share);
			text.append(String.format("p%.0f %s  ", share * 100,
					quantile == 0 ? "<" + format(scores.floor()) : String.format("%.3f", quantile)));
		}
		text.append(String.format("%n    from %s: %.1f %%, from %s (story threshold): %.1f %%%n",
				format(scores.floor()), 100 * scores.shareFrom(scores.floor()), format(storyThreshold),
				100 * scores.shareFrom(storyThreshold)));
		for (ScoreDistribution.Bin bin : histogram(scores)) {
			String range = bin.from() == 0 ? "< " + format(bin.to())
					: bin.to() == null ? ">= " + format(bin.from()) : format(bin.from()) + "-" + format(bin.to());
			int bar = scores.size() == 0 ? 0 : (int) Math.round(40.0 * bin.count() / scores.size());
			text.append(String.format("    %-10s %6d  %s%n", range, bin.count(), "#".repeat(bar)));
		}
		return text.toString();
	}

	private List<ScoreDistribution.Bin> histogram(ScoreDistribution scores) {
		return scores.histogram(scores.floor(), storyThreshold, BOUNDS[0], BOUNDS[1], BOUNDS[2]);
	}

	/** The figures for {@code --json}. */
	public Map<String, Object> figures() {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("window_days", windowDays);
		figures.put("similar_threshold", otherLabelledStory.floor());
		figures.put("story_threshold", storyThreshold);
		figures.put("other_labelled_story", figures(otherLabelledStory));
		figures.put("outside_story", figures(outsideStory));
		return figures;
	}

	private Map<String, Object> figures(ScoreDistribution scores) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("articles", scores.size());
		for (double share : ScoreDistribution.QUANTILES) {
			figures.put(String.format("p%.0f", share * 100), scores.quantile(share));
		}
		figures.put("share_from_similar_threshold", scores.shareFrom(scores.floor()));
		figures.put("share_from_story_threshold", scores.shareFrom(storyThreshold));
		figures.put("histogram", histogram(scores).stream().map(bin -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("from", bin.from());
			row.put("to", bin.to());
			row.put("articles", bin.count());
			return row;
		}).toList());
		return figures;
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value)
				: String.valueOf(Math.round(value * 1000) / 1000.0);
	}

}
