package org.newsgraph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A campaign's attention over time, as a chart needs it: one period after another from
 * its first article to its last, empty periods included.
 *
 * @param interval {@code day}, {@code week} or {@code month}
 */
@Serdeable
public record CampaignTimeline(String campaign, String interval, List<Period> periods) {

	/** A chart this long is no longer readable; a coarser interval is. */
	private static final int MAX_PERIODS = 5_000;

	/**
	 * @param start the period's first day
	 * @param articles the campaign's articles published in it
	 * @param outlets the outlets that published them
	 */
	@Serdeable
	public record Period(LocalDate start, long articles, long outlets) {
	}

	/**
	 * @param counted the periods with articles, in order
	 * @throws InvalidQueryException when the gaps would make the timeline too long
	 */
	static CampaignTimeline filled(String campaign, TimelineInterval interval, List<Period> counted) {
		List<Period> periods = new ArrayList<>();
		if (!counted.isEmpty()) {
			Map<LocalDate, Period> byStart = new HashMap<>();
			counted.forEach(period -> byStart.put(period.start(), period));
			LocalDate last = counted.get(counted.size() - 1).start();
			for (LocalDate start = interval.startOf(counted.get(0).start()); !start.isAfter(last); start = interval
				.next(start)) {
				if (periods.size() == MAX_PERIODS) {
					throw new InvalidQueryException("interval: more than " + MAX_PERIODS + " periods from "
							+ counted.get(0).start() + " to " + last + "; choose a longer interval");
				}
				periods.add(byStart.getOrDefault(start, new Period(start, 0, 0)));
			}
		}
		return new CampaignTimeline(campaign, interval.label(), periods);
	}

}
