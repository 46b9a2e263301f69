package org.newsgraph.query;

import static org.newsgraph.query.Values.date;
import static org.newsgraph.query.Values.dateTime;
import static org.newsgraph.query.Values.listOf;
import static org.newsgraph.query.Values.outlet;
import static org.newsgraph.query.Values.storiesOf;
import static org.newsgraph.query.Values.text;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/** Campaigns: the list, one campaign's coverage, and its attention over time. */
@Singleton
public final class CampaignQueries {

	private static final PagedRead<CampaignSummary> CAMPAIGNS = new PagedRead<>(
			CypherStatement.load("read/campaign-count"), CypherStatement.load("read/campaigns"), "campaign",
			CampaignQueries::summary);

	private static final CypherStatement CAMPAIGN = CypherStatement.load("read/campaign");

	private static final CypherStatement TIMELINE = CypherStatement.load("read/campaign-timeline");

	private final Graph graph;

	private final ReadCache answers;

	CampaignQueries(Graph graph, ReadCache answers) {
		this.graph = graph;
		this.answers = answers;
	}

	public Page<CampaignSummary> list(PageRequest request) {
		return answers.get(() -> CAMPAIGNS.read(graph, request), "campaigns", request);
	}

	/**
	 * @throws NotFoundException when no campaign has this id
	 */
	public CampaignDetail byId(String id) {
		return answers.get(() -> read(id), "campaign", id);
	}

	private CampaignDetail read(String id) {
		Value campaign = graph.read(tx -> tx.run(CAMPAIGN.text(), Map.of("id", id)).list(row -> row.get("campaign")))
			.stream()
			.findFirst()
			.orElseThrow(() -> notFound(id));
		return new CampaignDetail(campaign.get("id").asString(), campaign.get("name").asString(),
				text(campaign.get("description")), campaign.get("query").asString(), date(campaign.get("from")),
				date(campaign.get("to")), campaign.get("articles").asLong(), dateTime(campaign.get("firstPublishedAt")),
				dateTime(campaign.get("lastPublishedAt")), organisations(campaign.get("organisations")),
				organisations(campaign.get("targets")),
				listOf(campaign.get("outlets"),
						outlet -> new CampaignDetail.Outlet(outlet.get("domain").asString(), text(outlet.get("name")),
								outlet.get("articles").asLong(), dateTime(outlet.get("firstPublishedAt")))),
				listOf(campaign.get("silentOutlets"),
						outlet -> new OutletSummary(outlet.get("domain").asString(), text(outlet.get("name")),
								outlet.get("articles").asLong())),
				storiesOf(campaign.get("stories"),
						story -> new CampaignDetail.Story(story.get("id").asString(), text(story.get("headline")),
								dateTime(story.get("firstPublishedAt")), story.get("articleCount").asLong(),
								story.get("outletCount").asLong(), story.get("campaignArticles").asLong(),
								outlet(story.get("firstPublisher")))),
				listOf(campaign.get("firstMovers"),
						outlet -> new CampaignDetail.FirstMoverOutlet(outlet.get("domain").asString(),
								text(outlet.get("name")), outlet.get("stories").asLong())),
				listOf(campaign.get("mentionedOrganisations"),
						organisation -> new CampaignDetail.MentionedOrganisation(organisation.get("id").asString(),
								organisation.get("name").asString(), organisation.get("kind").asString(),
								organisation.get("articles").asLong(), organisation.get("role").asString())));
	}

	/**
	 * @throws NotFoundException when no campaign has this id
	 */
	public CampaignTimeline timeline(String id, TimelineInterval interval) {
		return answers.get(() -> readTimeline(id, interval), "campaign timeline", id, interval);
	}

	private CampaignTimeline readTimeline(String id, TimelineInterval interval) {
		List<CampaignTimeline.Period> counted = graph
			.read(tx -> tx.run(TIMELINE.text(), Map.of("id", id, "interval", interval.label()))
				.list(row -> listOf(row.get("periods"),
						period -> new CampaignTimeline.Period(period.get("start").asLocalDate(),
								period.get("articles").asLong(), period.get("outlets").asLong()))))
			.stream()
			.findFirst()
			.orElseThrow(() -> notFound(id));
		return CampaignTimeline.filled(id, interval, counted);
	}

	private static CampaignSummary summary(Value campaign) {
		return new CampaignSummary(campaign.get("id").asString(), campaign.get("name").asString(),
				text(campaign.get("description")), campaign.get("query").asString(), date(campaign.get("from")),
				date(campaign.get("to")), campaign.get("articles").asLong(), campaign.get("outlets").asLong(),
				dateTime(campaign.get("firstPublishedAt")), dateTime(campaign.get("lastPublishedAt")),
				organisations(campaign.get("organisations")), organisations(campaign.get("targets")));
	}

	private static List<OrganisationRef> organisations(Value organisations) {
		return listOf(organisations, organisation -> new OrganisationRef(organisation.get("id").asString(),
				organisation.get("name").asString(), organisation.get("kind").asString()));
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("No campaign with id '" + id + "'");
	}

}
