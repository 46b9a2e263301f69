package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.query.FirstMover.Firsts;

class FirstMoverTest {

	private static final OffsetDateTime NOON = OffsetDateTime.parse("2021-08-23T12:00:00Z");

	@Test
	void eachSharedStoryCountsForTheOutletThatPublishedFirstWithTheMedianOfItsLeads() {
		FirstMover firstMover = FirstMover
			.of(List.of(new Firsts(NOON, NOON.plusHours(2)), new Firsts(NOON, NOON.plusHours(6)),
					new Firsts(NOON, NOON.plusHours(3)), new Firsts(NOON.plusHours(1), NOON)));
		assertThat(firstMover.aFirst()).isEqualTo(3);
		assertThat(firstMover.bFirst()).isEqualTo(1);
		assertThat(firstMover.medianLeadHoursA()).isEqualTo(3.0);
		assertThat(firstMover.medianLeadHoursB()).isEqualTo(1.0);
	}

	@Test
	void anEvenNumberOfLeadsHasTheMeanOfTheMiddleTwoAsMedian() {
		FirstMover firstMover = FirstMover
			.of(List.of(new Firsts(NOON, NOON.plusHours(1)), new Firsts(NOON, NOON.plusHours(4))));
		assertThat(firstMover.medianLeadHoursA()).isEqualTo(2.5);
		assertThat(firstMover.medianLeadHoursB()).isNull();
	}

	@Test
	void theSameInstantIsNobodysLeadAndUnknownTimesAreLeftOut() {
		FirstMover firstMover = FirstMover.of(List.of(new Firsts(NOON, NOON), new Firsts(null, NOON)));
		assertThat(firstMover.simultaneous()).isEqualTo(1);
		assertThat(firstMover.aFirst()).isZero();
		assertThat(firstMover.bFirst()).isZero();
	}

}
