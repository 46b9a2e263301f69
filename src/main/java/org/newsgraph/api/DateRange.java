package org.newsgraph.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.newsgraph.query.InvalidQueryException;

/**
 * The {@code from} and {@code to} days of a request, both inclusive, as the instants
 * queries compare publication times with (UTC).
 */
record DateRange(LocalDate from, LocalDate to) {

	/**
	 * @throws InvalidQueryException when from is after to
	 */
	DateRange {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidQueryException("from: must not be after to");
		}
	}

	OffsetDateTime start() {
		return from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	OffsetDateTime end() {
		return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1);
	}

}
