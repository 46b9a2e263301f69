package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;

/**
 * Outlet overlap, networks and campaigns on the seeds with the real corpus around them
 * (the seeds alone are too few to weigh words), against answers checked by hand in the
 * seed files.
 */
class CoverageQueriesIT extends Neo4jTestBase {

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	private static final String UK_CAMPAIGN = "uk-live-facial-recognition";

	private static final CypherStatement STORIES_BY_OUTLETS_LATEST_ARTICLE = CypherStatement
		.load("test/stories-by-outlets-latest-article");

	private static boolean loaded;

	/** Loaded once for the class: every test here only reads. */
	@Override
	@BeforeEach
	protected void emptyTheGraph() {
		if (!loaded) {
			super.emptyTheGraph();
			context.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS, CORPUS));
			context.getBean(GraphAnalysis.class).update();
			loaded = true;
		}
	}

	private OutletQueries outlets() {
		return context.getBean(OutletQueries.class);
	}

	@Test
	void theOutletsSharingTheAugust2021OpenLetterStoryAreTheFiveThatReportedIt() {
		// 001 and 003: Privacy International's letter (22 Aug 21:02), then Express & Star
		// (23 Aug 05:30), Sky (09:27), Biometric Update's "Parliament petitioned" (24
		// Aug) and
		// Jurist (26 Aug).
		List<SimilarOutlet> similar = outlets().similar("sky.com", SimilarityMeasure.OVERLAP, 10);
		assertThat(similar).extracting(SimilarOutlet::domain)
			.containsExactlyInAnyOrder("expressandstar.com", "jurist.org", "privacyinternational.org",
					"biometricupdate.com");
		assertThat(similar).allSatisfy(outlet -> assertThat(outlet.overlapCoefficient()).isEqualTo(1.0));
	}

	@Test
	void privacyInternationalWasFirstOnTheLetterTwelveAndAQuarterHoursBeforeSky() {
		OutletOverlap overlap = outlets().overlap("sky.com", "privacyinternational.org", 10);
		assertThat(overlap.sharedStories()).isEqualTo(1);
		assertThat(overlap.jaccard()).isEqualTo(1.0);
		assertThat(overlap.firstMover().bFirst()).isEqualTo(1);
		assertThat(overlap.firstMover().aFirst()).isZero();
		// 2021-08-22T21:02Z to 2021-08-23T09:27Z
		assertThat(overlap.firstMover().medianLeadHoursB()).isCloseTo(12 + 25 / 60.0, within(1e-9));
		assertThat(overlap.stories()).singleElement()
			.satisfies(story -> assertThat(story.headline()).containsIgnoringCase("facial recognition"));
	}

	@Test
	void jaccardAndOverlapDifferWhenOneOutletCoversMuchMore() {
		OutletOverlap overlap = outlets().overlap("sky.com", "biometricupdate.com", 10);
		assertThat(overlap.a().stories()).isEqualTo(1);
		assertThat(overlap.b().stories()).isGreaterThan(1);
		assertThat(overlap.overlapCoefficient()).isEqualTo(1.0);
		assertThat(overlap.jaccard()).isEqualTo(1.0 / overlap.b().stories());
	}

	@Test
	void graphDataScienceAndCypherRankSimilarOutletsAlike() {
		for (String domain : List.of("sky.com", "biometricupdate.com", "express.co.uk")) {
			for (SimilarityMeasure measure : SimilarityMeasure.values()) {
				assertThat(outlets().similar(domain, measure, 100, true)).as("%s by %s", domain, measure)
					.isEqualTo(outlets().similar(domain, measure, 100, false));
			}
		}
	}

	@Test
	void anOutletPageShowsItsCampaignsAndMostSimilarOutlets() {
		OutletDetail express = outlets().byDomain("express.co.uk");
		assertThat(express.articles()).isEqualTo(1);
		assertThat(express.campaigns()).extracting(OutletDetail.Count::id).containsExactly(UK_CAMPAIGN);
		assertThat(express.similarOutlets()).extracting(SimilarOutlet::domain)
			.containsExactly("morningstaronline.co.uk");
		assertThatThrownBy(() -> outlets().byDomain("no-such-outlet.example")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theFewMostSimilarOutletsAreTheHeadOfTheWholeRanking() {
		for (SimilarityMeasure measure : SimilarityMeasure.values()) {
			List<SimilarOutlet> all = outlets().similar("biometricupdate.com", measure, 100);
			assertThat(all).hasSizeGreaterThan(3);
			assertThat(outlets().similar("biometricupdate.com", measure, 3)).isEqualTo(all.subList(0, 3));
		}
	}

	@Test
	void anOutletsLatestStoriesAreTheOnesItWroteInLastNewestFirst() {
		Map<String, Object> latestArticleByStory = graph()
			.read(tx -> tx.run(STORIES_BY_OUTLETS_LATEST_ARTICLE.text(), Map.of("domain", "biometricupdate.com"))
				.list(row -> Map.entry(row.get("story").asString(), row.get("latestArticle").asObject())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Object> newestFirst = graph()
			.read(tx -> tx.run(STORIES_BY_OUTLETS_LATEST_ARTICLE.text(), Map.of("domain", "biometricupdate.com"))
				.list(row -> row.get("latestArticle").asObject()));
		assertThat(latestArticleByStory).hasSizeGreaterThan(2);

		List<StorySummary> latest = outlets().byDomain("biometricupdate.com").latestStories();

		assertThat(latest).extracting(StorySummary::id).doesNotHaveDuplicates();
		assertThat(latest).extracting(story -> latestArticleByStory.get(story.id()))
			.containsExactlyElementsOf(newestFirst.subList(0, Math.min(20, newestFirst.size())));
	}

	@Test
	void theUkCampaignIsCoveredInAugust2021September2022AndOctober2023() {
		CampaignTimeline timeline = context.getBean(CampaignQueries.class)
			.timeline(UK_CAMPAIGN, TimelineInterval.MONTH);
		assertThat(timeline.periods()).filteredOn(period -> period.articles() > 0)
			.extracting(CampaignTimeline.Period::start)
			.containsExactly(LocalDate.of(2021, 8, 1), LocalDate.of(2022, 9, 1), LocalDate.of(2023, 10, 1));
		assertThat(timeline.periods().get(0).start()).isEqualTo(LocalDate.of(2021, 8, 1));
		assertThat(timeline.periods()).hasSize(27);
	}

	@Test
	void theUkCampaignNamesWhoRunsItWhoWasFirstAndWhoStayedSilent() {
		CampaignDetail campaign = context.getBean(CampaignQueries.class).byId(UK_CAMPAIGN);
		assertThat(campaign.organisations()).extracting(OrganisationRef::id)
			.contains("big-brother-watch", "liberty", "privacy-international");
		assertThat(campaign.outlets()).extracting(CampaignDetail.Outlet::domain)
			.contains("express.co.uk", "morningstaronline.co.uk", "privacyinternational.org", "sky.com", "aol.com");
		// The 2023 letter: the Morning Star (15:54) before the Express (19:02).
		assertThat(campaign.stories()).filteredOn(story -> story.id().equals("556842a8e9d65e59895d"))
			.singleElement()
			.satisfies(story -> assertThat(story.firstPublisher().domain()).isEqualTo("morningstaronline.co.uk"));
		assertThat(campaign.firstMovers()).extracting(CampaignDetail.FirstMoverOutlet::domain)
			.contains("morningstaronline.co.uk")
			.doesNotContain("express.co.uk");
		assertThat(campaign.silentOutlets()).extracting(OutletSummary::domain)
			.doesNotContainAnyElementsOf(campaign.outlets().stream().map(CampaignDetail.Outlet::domain).toList())
			.isNotEmpty();
		assertThat(campaign.mentionedOrganisations())
			.filteredOn(organisation -> organisation.id().equals("big-brother-watch"))
			.singleElement()
			.satisfies(organisation -> assertThat(organisation.role()).isEqualTo("runs"));
	}

	@Test
	void theCoCoverageNetworkLinksOutletsByTheStoriesTheyShare() {
		Network network = context.getBean(NetworkQueries.class)
			.outlets(new NetworkFilter(UK_CAMPAIGN, null, null, null, 1, 500));
		assertThat(network.edges()).anySatisfy(edge -> {
			assertThat(List.of(edge.source(), edge.target())).containsExactly("express.co.uk",
					"morningstaronline.co.uk");
			assertThat(edge.weight()).isEqualTo(1.0);
			assertThat(edge.attributes()).containsEntry("jaccard", 1.0);
		});
		assertThat(network.nodes()).extracting(Network.Node::id)
			.contains("sky.com", "privacyinternational.org")
			.doesNotContain("nytimes.com");
		Map<String, Object> community = network.nodes()
			.stream()
			.collect(Collectors.toMap(Network.Node::id, node -> node.attributes().get("community")));
		assertThat(community.get("sky.com")).isEqualTo(community.get("privacyinternational.org"))
			.isNotEqualTo(community.get("express.co.uk"));
		assertThat(community.get("express.co.uk")).isEqualTo(community.get("morningstaronline.co.uk"));
		Network heavy = context.getBean(NetworkQueries.class)
			.outlets(new NetworkFilter(null, null, null, null, 2, 500));
		assertThat(heavy.edges()).allSatisfy(edge -> assertThat(edge.weight()).isGreaterThanOrEqualTo(2));
	}

	@Test
	void theOrganisationNetworkLinksOrganisationsNamedInTheSameArticle() {
		// 001/003: "Human rights group Liberty has called on the UK to ban ... as the
		// British
		// Government updates its guidance"; 000: "The Big Brother Watch campaign group
		// says
		// 65 members of the House of Commons and Lords have backed its call".
		Network network = context.getBean(NetworkQueries.class)
			.organisations(new NetworkFilter(UK_CAMPAIGN, null, null, null, 1, 500));
		assertThat(network.edges()).extracting(edge -> edge.source() + " & " + edge.target())
			.contains("liberty & uk-government", "big-brother-watch & uk-parliament");
		assertThat(network.nodes()).extracting(Network.Node::id)
			.contains("liberty", "uk-government", "big-brother-watch", "uk-parliament");
	}

	@Test
	void bigBrotherWatchLibertyAndPrivacyInternationalAreFoundInTheCampaignsCoverage() {
		CampaignDetail campaign = context.getBean(CampaignQueries.class).byId(UK_CAMPAIGN);
		assertThat(campaign.mentionedOrganisations()).extracting(CampaignDetail.MentionedOrganisation::id)
			.contains("big-brother-watch", "liberty", "privacy-international", "metropolitan-police", "home-office");
	}

}
