package org.newsgraph.api;

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
import jakarta.validation.constraints.Pattern;
import org.newsgraph.query.CampaignDetail;
import org.newsgraph.query.CampaignQueries;
import org.newsgraph.query.CampaignSummary;
import org.newsgraph.query.CampaignTimeline;
import org.newsgraph.query.Page;
import org.newsgraph.query.TimelineInterval;

@Controller("/api/campaigns")
@Validated
@Tag(name = "Campaigns")
@ProblemResponses
class CampaignController {

	private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

	private static final String ID_MESSAGE = "must be a campaign id: lower-case words joined by hyphens";

	private final CampaignQueries campaigns;

	CampaignController(CampaignQueries campaigns) {
		this.campaigns = campaigns;
	}

	/**
	 * Campaigns as defined in the campaign files, largest first, with the size and span
	 * of their coverage.
	 */
	@Get
	@Operation(operationId = "listCampaigns")
	Page<CampaignSummary> list(@Valid @RequestBean Paging paging) {
		return campaigns.list(paging.request());
	}

	/**
	 * One campaign: its stories, the outlets that carried it and those that stayed
	 * silent, the first movers, and the organisations in its coverage.
	 */
	@Get("/{id}")
	@Operation(operationId = "getCampaign")
	@ApiResponse(responseCode = "200", description = "The campaign")
	@ApiResponse(responseCode = "404", description = "No campaign has this id",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	CampaignDetail get(@PathVariable @Pattern(regexp = ID,
			message = ID_MESSAGE) @Parameter(example = "uk-live-facial-recognition") String id) {
		return campaigns.byId(id);
	}

	/**
	 * A campaign's attention over time: articles and outlets per day, week (from Monday)
	 * or month, from its first article to its last, empty periods included.
	 */
	@Get("/{id}/timeline")
	@Operation(operationId = "getCampaignTimeline")
	@ApiResponse(responseCode = "200", description = "The timeline")
	@ApiResponse(responseCode = "404", description = "No campaign has this id",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	CampaignTimeline timeline(
			@PathVariable @Pattern(regexp = ID,
					message = ID_MESSAGE) @Parameter(example = "uk-live-facial-recognition") String id,
			@QueryValue(defaultValue = "month") @Pattern(regexp = "day|week|month",
					message = "must be day, week or month") String interval) {
		return campaigns.timeline(id, TimelineInterval.valueOf(interval.toUpperCase(Locale.ROOT)));
	}

}
