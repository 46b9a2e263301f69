package org.newsgraph.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.newsgraph.query.OutletQueries;
import org.newsgraph.query.OutletSummary;
import org.newsgraph.query.Page;

@Controller("/api/outlets")
@Validated
@Tag(name = "Outlets")
@ProblemResponses
class OutletController {

	private final OutletQueries outlets;

	OutletController(OutletQueries outlets) {
		this.outlets = outlets;
	}

	/** Outlets, most prolific first. */
	@Get
	@Operation(operationId = "listOutlets")
	Page<OutletSummary> list(@Valid @RequestBean Paging paging) {
		return outlets.list(paging.request());
	}

}
