package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.stories.StoryWindows.Window;

class StoryWindowsTest {

	private static final Instant DAY_0 = Instant.parse("1970-01-01T00:00:00Z");

	@Test
	void aWindowHoldsAboutAsManyPendingArticlesAsAskedAndNeverSplitsADay() {
		List<Window> windows = StoryWindows.plan(days(Map.of(0L, 5, 1L, 5, 2L, 5)), 0, 8, 7);

		assertThat(windows).containsExactly(new Window(day(0), day(2), 10), new Window(day(2), day(3), 5));
	}

	@Test
	void pendingDaysWeeksApartAreNeverInOneWindow() {
		List<Window> windows = StoryWindows.plan(days(Map.of(0L, 1, 15L, 1, 31L, 1)), 0, 1_000, 7);

		assertThat(windows).containsExactly(new Window(day(0), day(16), 2), new Window(day(31), day(32), 1));
	}

	@Test
	void undatedArticlesComeLastInAWindowOfTheirOwn() {
		List<Window> windows = StoryWindows.plan(days(Map.of(3L, 2)), 4, 1_000, 7);

		assertThat(windows).containsExactly(new Window(day(3), day(4), 2), Window.undated(4));
		assertThat(windows.get(1).holds(null)).isTrue();
		assertThat(windows.get(0).holds(day(3).plusSeconds(60))).isTrue();
		assertThat(windows.get(0).holds(day(4))).isFalse();
	}

	private static TreeMap<Long, Integer> days(Map<Long, Integer> pending) {
		return new TreeMap<>(pending);
	}

	private static Instant day(long day) {
		return DAY_0.plusSeconds(day * 86_400);
	}

}
