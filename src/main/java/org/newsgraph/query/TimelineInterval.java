package org.newsgraph.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of one period of a timeline; weeks start on Monday, as in ISO 8601. */
public enum TimelineInterval {

	DAY, WEEK, MONTH;

	/**
	 * As requested and in Cypher's {@code date.truncate}: {@code day}, {@code week},
	 * {@code month}.
	 */
	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	LocalDate startOf(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
		};
	}

}
