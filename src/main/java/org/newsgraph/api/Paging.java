package org.newsgraph.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsgraph.query.PageRequest;

/**
 * The paging parameters every list endpoint takes, with the same bounds everywhere, so
 * that no request can ask for an unbounded result.
 *
 * @param page 0-based; deep pages cost a scan of everything before them, so past 10,000
 * filter instead
 * @param size items per page, at most 100
 */
@Introspected
record Paging(@QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
		@QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {

	PageRequest request() {
		return new PageRequest(page, size);
	}

}
