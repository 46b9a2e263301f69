package org.newsgraph.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsgraph.query.OutletQueries;
import org.newsgraph.query.OutletSummary;
import org.newsgraph.query.Page;
import org.newsgraph.query.PageRequest;

@Controller("/api/outlets")
@Validated
class OutletController {

	private final OutletQueries outlets;

	OutletController(OutletQueries outlets) {
		this.outlets = outlets;
	}

	/** Outlets, most prolific first. */
	@Get
	Page<OutletSummary> list(@QueryValue(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@QueryValue(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return outlets.list(new PageRequest(page, size));
	}

}
