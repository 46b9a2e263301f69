package org.newsgraph.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One campaign's coverage.
 *
 * @param outlets the outlets that carried it, most articles first
 * @param silentOutlets outlets that published during its coverage but nothing of it, most
 * active first (at most 20)
 * @param stories its stories, most campaign articles first (at most 100)
 * @param firstMovers outlets by the number of its stories on which they published first
 * (at most 20)
 * @param mentionedOrganisations organisations its articles name, with their role in it
 */
@Serdeable
public record CampaignDetail(String id, String name, @Nullable String description, String query,
		@Nullable LocalDate from, @Nullable LocalDate to, long articles, @Nullable OffsetDateTime firstPublishedAt,
		@Nullable OffsetDateTime lastPublishedAt, List<OrganisationRef> organisations, List<OrganisationRef> targets,
		List<Outlet> outlets, List<OutletSummary> silentOutlets, List<Story> stories,
		List<FirstMoverOutlet> firstMovers, List<MentionedOrganisation> mentionedOrganisations) {

	@Serdeable
	public record Outlet(String domain, @Nullable String name, long articles,
			@Nullable OffsetDateTime firstPublishedAt) {
	}

	/**
	 * @param campaignArticles how many of its articles are in the campaign
	 * @param firstPublisher the outlet of its earliest article
	 */
	@Serdeable
	public record Story(String id, String headline, @Nullable OffsetDateTime firstPublishedAt, long articleCount,
			long outletCount, long campaignArticles, @Nullable OutletRef firstPublisher) {
	}

	/**
	 * @param stories stories of the campaign on which this outlet published first
	 */
	@Serdeable
	public record FirstMoverOutlet(String domain, @Nullable String name, long stories) {
	}

	/**
	 * @param role {@code runs}, {@code targeted} or {@code mentioned}
	 */
	@Serdeable
	public record MentionedOrganisation(String id, String name, String kind, long articles, String role) {
	}

}
