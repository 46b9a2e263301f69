package org.newsgraph.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.SearchMode;
import org.newsgraph.query.SearchQueries;
import org.newsgraph.query.SearchResults;

@Controller("/api/search")
@Validated
@Tag(name = "Search")
@ProblemResponses
class SearchController {

	private final SearchQueries search;

	SearchController(SearchQueries search) {
		this.search = search;
	}

	/**
	 * Stories and articles for a query, best first: by words (Lucene over titles and
	 * excerpts), by meaning (sentence vectors, worked out in this process) or both:
	 * meaning, raised where an article holds the query's words. Articles not yet given a
	 * vector are found by their words.
	 */
	@Get
	@Operation(operationId = "search")
	SearchResults search(
			@QueryValue @NotBlank @Size(max = 500) @Parameter(
					description = "What to look for, in any words; "
							+ "Lucene syntax for the words half, a syntax error is a 400 with Lucene's reason",
					example = "police scanning faces at protests") String q,
			@QueryValue(defaultValue = "hybrid") @Parameter(
					description = "hybrid (meaning, raised by the query's words), text or semantic; text when sentence "
							+ "vectors are turned off (the answer says which)") String mode,
			@QueryValue(defaultValue = "20") @Min(1) @Max(100) @Parameter(
					description = "How many stories and how many articles") int size) {
		return search.search(q, SearchMode.of(mode), size);
	}

}
