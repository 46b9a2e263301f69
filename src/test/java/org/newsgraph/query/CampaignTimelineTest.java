package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.query.CampaignTimeline.Period;

class CampaignTimelineTest {

	@Test
	void periodsWithoutArticlesAreFilledInSoThatAChartShowsTheGaps() {
		CampaignTimeline timeline = CampaignTimeline.filled("c", TimelineInterval.MONTH,
				List.of(new Period(LocalDate.of(2021, 8, 1), 6, 5), new Period(LocalDate.of(2021, 11, 1), 1, 1)));
		assertThat(timeline.periods()).containsExactly(new Period(LocalDate.of(2021, 8, 1), 6, 5),
				new Period(LocalDate.of(2021, 9, 1), 0, 0), new Period(LocalDate.of(2021, 10, 1), 0, 0),
				new Period(LocalDate.of(2021, 11, 1), 1, 1));
	}

	@Test
	void weeksStartOnMonday() {
		CampaignTimeline timeline = CampaignTimeline.filled("c", TimelineInterval.WEEK,
				List.of(new Period(LocalDate.of(2023, 10, 2), 2, 2), new Period(LocalDate.of(2023, 10, 16), 1, 1)));
		assertThat(timeline.periods()).extracting(Period::start)
			.containsExactly(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 9), LocalDate.of(2023, 10, 16));
	}

	@Test
	void aCampaignWithoutArticlesHasAnEmptyTimeline() {
		assertThat(CampaignTimeline.filled("c", TimelineInterval.DAY, List.of()).periods()).isEmpty();
	}

	@Test
	void daysOverDecadesAreRefusedWithAdviceRatherThanSentAsAHugeChart() {
		assertThatThrownBy(() -> CampaignTimeline.filled("c", TimelineInterval.DAY,
				List.of(new Period(LocalDate.of(2000, 1, 1), 1, 1), new Period(LocalDate.of(2020, 1, 1), 1, 1))))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("choose a longer interval");
	}

}
