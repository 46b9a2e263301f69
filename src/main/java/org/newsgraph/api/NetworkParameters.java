package org.newsgraph.api;

import java.time.LocalDate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsgraph.export.NetworkFormat;
import org.newsgraph.query.DayRange;
import org.newsgraph.query.NetworkFilter;

/**
 * What every network endpoint takes: the format, the same filters as the web page, and
 * bounds on the size of the answer.
 */
@Introspected
record NetworkParameters(
		@QueryValue(defaultValue = "json") @Pattern(regexp = "json|gexf|graphml|csv",
				message = "must be json, gexf, graphml or csv") @Parameter(
						description = "json for drawing, gexf for Gephi, graphml for yEd, NetworkX and others, csv for "
								+ "spreadsheets (the edges)") String format,
		@QueryValue @Nullable @Size(max = 100) @Parameter(description = "Only articles of this campaign (its id)",
				example = "uk-live-facial-recognition") String campaign,
		@QueryValue @Nullable @Size(max = 200) @Parameter(description = "Only articles with this topic",
				example = "Computer Vision") String topic,
		@QueryValue @Nullable @Parameter(description = "Only articles published on or after this day (ISO date)",
				example = "2021-01-01") LocalDate from,
		@QueryValue @Nullable @Parameter(description = "Only articles published on or before this day (ISO date)",
				example = "2023-12-31") LocalDate to,
		@QueryValue(defaultValue = "1") @Min(1) @Max(100_000) @Parameter(
				description = "Leave out edges lighter than this (shared stories; articles naming both)") int minWeight,
		@QueryValue(defaultValue = "500") @Min(1) @Max(5_000) @Parameter(
				description = "Keep the heaviest nodes, at most this many") int maxNodes) {

	NetworkFormat networkFormat() {
		return NetworkFormat.of(format);
	}

	/**
	 * @throws org.newsgraph.query.InvalidQueryException when from is after to
	 */
	NetworkFilter filter() {
		DayRange range = new DayRange(from, to);
		return new NetworkFilter(campaign, topic, range.start(), range.end(), minWeight, maxNodes);
	}

}
