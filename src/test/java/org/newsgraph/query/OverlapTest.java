package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OverlapTest {

	@Test
	void identicalCoverageIsAPerfectOverlapByBothMeasures() {
		Overlap overlap = Overlap.between(Set.of("s1", "s2", "s3"), Set.of("s3", "s2", "s1"));
		assertThat(overlap.jaccard()).isEqualTo(1.0);
		assertThat(overlap.overlapCoefficient()).isEqualTo(1.0);
	}

	@Test
	void disjointCoverageIsNoOverlap() {
		Overlap overlap = Overlap.between(Set.of("s1", "s2"), Set.of("s3"));
		assertThat(overlap.shared()).isZero();
		assertThat(overlap.jaccard()).isZero();
		assertThat(overlap.overlapCoefficient()).isZero();
	}

	@Test
	void jaccardDividesTheSharedStoriesByAllStoriesEitherCovered() {
		// {1,2,3,4} and {3,4,5}: 2 shared of 5 in all.
		Overlap overlap = Overlap.between(Set.of(1, 2, 3, 4), Set.of(3, 4, 5));
		assertThat(overlap.shared()).isEqualTo(2);
		assertThat(overlap.jaccard()).isCloseTo(0.4, within(1e-12));
		assertThat(overlap.overlapCoefficient()).isCloseTo(2.0 / 3, within(1e-12));
	}

	@Test
	void aSmallOutletWhoseStoriesAreAllCoveredByABigOneOverlapsFullyButIsNotSimilarByJaccard() {
		Overlap overlap = Overlap.between(Set.of(1, 2), Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		assertThat(overlap.overlapCoefficient()).isEqualTo(1.0);
		assertThat(overlap.jaccard()).isCloseTo(0.2, within(1e-12));
		assertThat(overlap.score(SimilarityMeasure.OVERLAP)).isEqualTo(1.0);
		assertThat(overlap.score(SimilarityMeasure.JACCARD)).isCloseTo(0.2, within(1e-12));
	}

	@Test
	void twoEmptyOutletsShareNothingRatherThanDividingByZero() {
		Overlap overlap = Overlap.between(Set.of(), Set.of());
		assertThat(overlap.jaccard()).isZero();
		assertThat(overlap.overlapCoefficient()).isZero();
	}

	@Test
	void countsThatCannotComeFromTwoSetsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Overlap.of(3, 2, 5));
	}

	@Test
	void countsReadAtDifferentMomentsAreWidenedToHoldTheSharedStoriesRatherThanRefused() {
		// Three shared stories counted after one side's two: that side held at least
		// three.
		Overlap overlap = Overlap.counted(3, 2, 5);
		assertThat(overlap.storiesA()).isEqualTo(3);
		assertThat(overlap.storiesB()).isEqualTo(5);
		assertThat(overlap.overlapCoefficient()).isEqualTo(1.0);
		assertThat(overlap.jaccard()).isCloseTo(0.6, within(1e-12));
	}

	@Test
	void consistentCountsAreTakenAsTheyAre() {
		assertThat(Overlap.counted(2, 4, 3)).isEqualTo(Overlap.of(2, 4, 3));
	}

}
