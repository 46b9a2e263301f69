package org.newsgraph.api;

import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.Size;
import org.newsgraph.query.DayRange;
import org.newsgraph.query.Page;
import org.newsgraph.query.StoryDetail;
import org.newsgraph.query.StoryFilter;
import org.newsgraph.query.StoryQueries;
import org.newsgraph.query.StorySummary;

@Controller("/api/stories")
@Validated
@Tag(name = "Stories")
@ProblemResponses
class StoryController {

	private final StoryQueries stories;

	StoryController(StoryQueries stories) {
		this.stories = stories;
	}

	/** Stories: one event told by one or more outlets, largest or latest first. */
	@Get
	@Operation(operationId = "listStories")
	Page<StorySummary> list(@Valid @RequestBean Paging paging,
			@QueryValue @Nullable @Size(max = 500) @Parameter(
					description = "Lucene query over the titles and excerpts of a story's articles",
					example = "\"facial recognition\" AND ban") String text,
			@QueryValue @Nullable @Size(max = 200) @Parameter(description = "A topic of one of its articles",
					example = "Computer Vision") String topic,
			@QueryValue @Nullable @Size(max = 253) @Parameter(description = "Domain of an outlet that covered it",
					example = "express.co.uk") String outlet,
			@QueryValue @Nullable @Parameter(description = "Covered on or after this day (ISO date)",
					example = "2021-08-01") LocalDate from,
			@QueryValue @Nullable @Parameter(description = "Covered on or before this day (ISO date)",
					example = "2021-08-31") LocalDate to,
			@QueryValue(defaultValue = "1") @Min(1) @Max(10_000) @Parameter(
					description = "Covered by at least this many outlets") int minOutlets,
			@QueryValue(defaultValue = "size") @Pattern(regexp = "size|recency",
					message = "must be 'size' or 'recency'") @Parameter(
							description = "size: most articles first; recency: latest coverage first") String sort) {
		DayRange range = new DayRange(from, to);
		return stories.list(new StoryFilter(text, topic, outlet, range.start(), range.end(), minOutlets, sort),
				paging.request());
	}

	/**
	 * One story: its articles in publication order, who was first, coverage by day,
	 * similar stories.
	 */
	@Get("/{id}")
	@Operation(operationId = "getStory")
	@ApiResponse(responseCode = "200", description = "The story")
	@ApiResponse(responseCode = "404", description = "No story has this id",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	StoryDetail get(@PathVariable @Pattern(regexp = "[0-9a-f]{20}",
			message = "must be a 20-digit hex story id") @Parameter(example = "556842a8e9d65e59895d") String id) {
		return stories.byId(id);
	}

}
