package org.newsgraph.analysis.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The windows a round compares its pending articles in: whole UTC days, in publication
 * order, each holding about as many pending articles as the setting asks (a day is never
 * split) and no stretch of weeks without any, and last the undated ones. Two articles
 * further apart than the link window are never linked, so each window needs only its own
 * days and that margin on either side: a round holds one window's articles, never the
 * corpus.
 */
final class StoryWindows {

	private static final long DAY = 86_400;

	private StoryWindows() {
	}

	/**
	 * Pending articles published from {@code start} (inclusive) to {@code end}
	 * (exclusive), or the undated ones when both are null.
	 */
	record Window(Instant start, Instant end, int pending) {

		static Window undated(int pending) {
			return new Window(null, null, pending);
		}

		boolean isUndated() {
			return start == null;
		}

		/** Whether an article published then is one of this window's. */
		boolean holds(Instant publishedAt) {
			if (isUndated()) {
				return publishedAt == null;
			}
			return publishedAt != null && !publishedAt.isBefore(start) && publishedAt.isBefore(end);
		}

	}

	/**
	 * @param linkDays how many days apart two articles may be linked: pending days
	 * further apart than twice that, with a day to spare, share no neighbour and are
	 * never in one window, so that a window never reads the weeks between them
	 */
	static List<Window> plan(TreeMap<Long, Integer> pendingPerDay, int undated, int articlesPerWindow,
			double linkDays) {
		long gap = 2 * (long) Math.ceil(linkDays) + 1;
		List<Window> windows = new ArrayList<>();
		Long firstDay = null;
		long previousDay = 0;
		int pending = 0;
		for (Map.Entry<Long, Integer> day : pendingPerDay.entrySet()) {
			if (firstDay != null && day.getKey() - previousDay > gap) {
				windows.add(days(firstDay, previousDay, pending));
				firstDay = null;
				pending = 0;
			}
			previousDay = day.getKey();
			if (firstDay == null) {
				firstDay = day.getKey();
			}
			pending += day.getValue();
			if (pending >= articlesPerWindow) {
				windows.add(days(firstDay, day.getKey(), pending));
				firstDay = null;
				pending = 0;
			}
		}
		if (firstDay != null) {
			windows.add(days(firstDay, previousDay, pending));
		}
		if (undated > 0) {
			windows.add(Window.undated(undated));
		}
		return windows;
	}

	private static Window days(long first, long last, int pending) {
		return new Window(Instant.ofEpochSecond(first * DAY), Instant.ofEpochSecond((last + 1) * DAY), pending);
	}

}
