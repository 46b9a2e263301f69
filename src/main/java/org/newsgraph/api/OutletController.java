package org.newsgraph.api;

import java.util.List;
import java.util.Locale;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.newsgraph.query.OutletDetail;
import org.newsgraph.query.OutletOverlap;
import org.newsgraph.query.OutletQueries;
import org.newsgraph.query.OutletSummary;
import org.newsgraph.query.Page;
import org.newsgraph.query.SimilarOutlet;
import org.newsgraph.query.SimilarityMeasure;

@Controller("/api/outlets")
@Validated
@Tag(name = "Outlets")
@ProblemResponses
class OutletController {

	/** An outlet's domain as the graph keeps it: lower case, without {@code www.}. */
	static final String DOMAIN = "[a-z0-9.-]{1,253}";

	static final String DOMAIN_MESSAGE = "must be an outlet's domain, like express.co.uk";

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

	/**
	 * Two outlets compared on the stories they covered: the shared stories, Jaccard
	 * index, overlap coefficient, and who published first on them.
	 */
	@Get("/overlap")
	@Operation(operationId = "compareOutlets")
	@ApiResponse(responseCode = "200", description = "The comparison")
	@ApiResponse(responseCode = "404", description = "An outlet is not in the graph",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	OutletOverlap overlap(
			@QueryValue @Pattern(regexp = DOMAIN,
					message = DOMAIN_MESSAGE) @Parameter(example = "express.co.uk") String a,
			@QueryValue @Pattern(regexp = DOMAIN,
					message = DOMAIN_MESSAGE) @Parameter(example = "morningstaronline.co.uk") String b,
			@QueryValue(defaultValue = "50") @Min(0) @Max(500) @Parameter(
					description = "How many shared stories to list (all are counted)") int limit) {
		return outlets.overlap(a, b, limit);
	}

	/**
	 * One outlet: its articles and stories, topics, campaigns carried, latest stories and
	 * most similar outlets.
	 */
	@Get("/{domain}")
	@Operation(operationId = "getOutlet")
	@ApiResponse(responseCode = "200", description = "The outlet")
	@ApiResponse(responseCode = "404", description = "No outlet has this domain",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	OutletDetail get(@PathVariable @Pattern(regexp = DOMAIN,
			message = DOMAIN_MESSAGE) @Parameter(example = "express.co.uk") String domain) {
		return outlets.byDomain(domain);
	}

	/**
	 * The outlets whose story coverage most resembles this one's, by Jaccard index or
	 * overlap coefficient (Graph Data Science's node similarity where the server has it).
	 */
	@Get("/{domain}/similar")
	@Operation(operationId = "getSimilarOutlets")
	@ApiResponse(responseCode = "200", description = "The most similar outlets, most similar first")
	@ApiResponse(responseCode = "404", description = "No outlet has this domain",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	List<SimilarOutlet> similar(
			@PathVariable @Pattern(regexp = DOMAIN,
					message = DOMAIN_MESSAGE) @Parameter(example = "express.co.uk") String domain,
			@QueryValue(defaultValue = "jaccard") @Pattern(regexp = "jaccard|overlap",
					message = "must be 'jaccard' or 'overlap'") @Parameter(
							description = "jaccard: shared over all stories of either; overlap: shared over the "
									+ "smaller outlet's stories") String measure,
			@QueryValue(defaultValue = "10") @Min(1) @Max(100) @Parameter(description = "How many outlets") int k) {
		return outlets.similar(domain, SimilarityMeasure.valueOf(measure.toUpperCase(Locale.ROOT)), k);
	}

}
