package org.newsgraph.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A campaign in a list: its definition and the size and span of its coverage.
 *
 * @param query the Lucene query that finds its articles
 * @param from the definition's first day, if it has one
 * @param to the definition's last day, if it has one
 * @param organisations who runs it
 * @param targets whom it addresses
 */
@Serdeable
public record CampaignSummary(String id, String name, @Nullable String description, String query,
		@Nullable LocalDate from, @Nullable LocalDate to, long articles, long outlets,
		@Nullable OffsetDateTime firstPublishedAt, @Nullable OffsetDateTime lastPublishedAt,
		List<OrganisationRef> organisations, List<OrganisationRef> targets) {
}
