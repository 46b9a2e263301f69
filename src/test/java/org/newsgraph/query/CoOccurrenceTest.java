package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CoOccurrenceTest {

	private static CoOccurrence.Member<String> member(String id, long weight) {
		return new CoOccurrence.Member<>(id, "outlet " + id, weight);
	}

	@Test
	void eachMemberCountsTheGroupsItIsInAndSumsItsWeights() {
		CoOccurrence<String> coverage = new CoOccurrence<>();
		coverage.add(List.of(member("a", 2), member("b", 1)));
		coverage.add(List.of(member("a", 3)));
		assertThat(coverage.tally("a")).isEqualTo(new CoOccurrence.Tally<>("a", "outlet a", 2, 5));
		assertThat(coverage.tally("b")).isEqualTo(new CoOccurrence.Tally<>("b", "outlet b", 1, 1));
	}

	@Test
	void aPairSharesTheGroupsBothAreInWhicheverOrderTheyCameIn() {
		CoOccurrence<String> coverage = new CoOccurrence<>();
		coverage.add(List.of(member("b", 1), member("a", 1), member("c", 1)));
		coverage.add(List.of(member("a", 1), member("b", 1)));
		assertThat(coverage.pairs(1, 10)).containsExactly(new CoOccurrence.Pair("a", "b", 2),
				new CoOccurrence.Pair("a", "c", 1), new CoOccurrence.Pair("b", "c", 1));
	}

	@Test
	void pairsBelowTheMinimumAreLeftOutAndTheMostSharedComeFirstUpToTheLimit() {
		CoOccurrence<String> coverage = new CoOccurrence<>();
		coverage.add(List.of(member("c", 1), member("d", 1)));
		coverage.add(List.of(member("c", 1), member("d", 1)));
		coverage.add(List.of(member("a", 1), member("b", 1)));
		coverage.add(List.of(member("a", 1), member("b", 1)));
		coverage.add(List.of(member("a", 1), member("b", 1), member("e", 1)));
		assertThat(coverage.pairs(2, 1)).containsExactly(new CoOccurrence.Pair("a", "b", 3));
		assertThat(coverage.pairs(2, 10)).extracting(CoOccurrence.Pair::shared).containsExactly(3L, 2L);
	}

	@Test
	void noPairSharesMoreGroupsThanEitherOfItsMembersIsIn() {
		CoOccurrence<String> coverage = new CoOccurrence<>();
		for (int story = 0; story < 50; story++) {
			coverage.add(List.of(member("a", 1), member(story % 3 == 0 ? "b" : "c", 1)));
		}
		assertThat(coverage.pairs(1, 10)).allSatisfy(pair -> assertThat(pair.shared()).isLessThanOrEqualTo(
				Math.min(coverage.tally(pair.source()).groups(), coverage.tally(pair.target()).groups())));
	}

}
