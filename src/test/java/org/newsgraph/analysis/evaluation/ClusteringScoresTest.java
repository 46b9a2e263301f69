package org.newsgraph.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

	private static final List<String> TRUTH = List.of("a", "a", "a", "b", "c");

	@Test
	void aPerfectClusteringScoresOneEverywhere() {
		ClusteringScores scores = ClusteringScores.of(TRUTH, List.of("x", "x", "x", "y", "z"));

		assertThat(scores.bcubedF1()).isEqualTo(1.0);
		assertThat(scores.pairwiseF1()).isEqualTo(1.0);
	}

	@Test
	void everyItemAloneIsPreciseButMissesEveryPair() {
		ClusteringScores scores = ClusteringScores.of(TRUTH, List.of("1", "2", "3", "4", "5"));

		assertThat(scores.bcubedPrecision()).isEqualTo(1.0);
		// recall per item: 1/3, 1/3, 1/3, 1, 1
		assertThat(scores.bcubedRecall()).isCloseTo(3.0 / 5, within(1e-9));
		assertThat(scores.pairwiseRecall()).isZero();
		assertThat(scores.pairwiseF1()).isZero();
	}

	@Test
	void oneWrongMergeCostsPrecisionButNotRecall() {
		ClusteringScores scores = ClusteringScores.of(TRUTH, List.of("x", "x", "x", "x", "z"));

		// precision per item: 3/4 ×3, 1/4, 1
		assertThat(scores.bcubedPrecision()).isCloseTo((3 * 0.75 + 0.25 + 1) / 5, within(1e-9));
		assertThat(scores.bcubedRecall()).isEqualTo(1.0);
		assertThat(scores.pairwisePrecision()).isCloseTo(3.0 / 6, within(1e-9));
		assertThat(scores.pairwiseRecall()).isEqualTo(1.0);
	}

}
