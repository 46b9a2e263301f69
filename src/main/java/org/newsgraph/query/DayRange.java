package org.newsgraph.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code from} and {@code to} days of a request, both inclusive and either open, as
 * the instants queries compare publication times with (UTC).
 */
public record DayRange(LocalDate from, LocalDate to) {

	/**
	 * @throws InvalidQueryException when from is after to
	 */
	public DayRange {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidQueryException("from: must not be after to");
		}
	}

	public OffsetDateTime start() {
		return from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	public OffsetDateTime end() {
		return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1);
	}

}
