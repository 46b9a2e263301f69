package org.newsgraph.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

	private static final double FLOOR = 0.09;

	@Test
	void scoresBelowTheFloorWereNeverWrittenAndCountAsZero() {
		ScoreDistribution scores = ScoreDistribution.of(new double[] { 0.05, 0.3, 0.0, 0.12 }, FLOOR);

		assertThat(scores.scores()).containsExactly(0.0, 0.0, 0.12, 0.3);
		assertThat(scores.shareFrom(FLOOR)).isEqualTo(0.5);
	}

	@Test
	void aQuantileIsTheNearestRankNeverAScoreBetweenTwo() {
		ScoreDistribution scores = ScoreDistribution
			.of(new double[] { 0.5, 0.1, 0.2, 0.3, 0.4, 0.0, 0.0, 0.0, 0.0, 0.0 }, FLOOR);

		assertThat(scores.quantile(0.10)).isZero();
		assertThat(scores.quantile(0.50)).isZero();
		assertThat(scores.quantile(0.60)).isEqualTo(0.1);
		assertThat(scores.quantile(0.75)).isEqualTo(0.3);
		assertThat(scores.quantile(0.90)).isEqualTo(0.4);
		assertThat(scores.quantile(1.0)).isEqualTo(0.5);
		assertThat(ScoreDistribution.of(new double[0], FLOOR).quantile(0.5)).isZero();
	}

	@Test
	void theHistogramCountsEachScoreOnceFromEachBoundOn() {
		ScoreDistribution scores = ScoreDistribution.of(new double[] { 0.0, 0.09, 0.1699, 0.17, 0.5 }, FLOOR);

		assertThat(scores.histogram(0.17, FLOOR, 0.17)).containsExactly(new ScoreDistribution.Bin(0, FLOOR, 1),
				new ScoreDistribution.Bin(FLOOR, 0.17, 2), new ScoreDistribution.Bin(0.17, null, 2));
		assertThat(scores.shareFrom(0.17)).isEqualTo(0.4);
	}

	@Test
	void theSummaryWritesQuantilesBelowTheFloorAsBelowIt() {
		ScoreDistribution scores = ScoreDistribution.of(new double[] { 0.0, 0.0, 0.0, 0.2 }, FLOOR);
		TopicalNeighbours neighbours = new TopicalNeighbours(scores, scores, 7, 0.17);

		assertThat(neighbours.summary()).contains("within 7 days (below 0.09 no link is written)",
				"to an article of another labelled story (4 articles)", "p50 <0.09  p75 <0.09  p90 0.200",
				"from 0.09: 25.0 %, from 0.17 (story threshold): 25.0 %", "< 0.09          3");
		assertThat(neighbours.figures()).containsKeys("other_labelled_story", "outside_story")
			.containsEntry("story_threshold", 0.17);
	}

}
