package org.newsgraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.ingest.DefinitionReader;
import org.newsgraph.ingest.DefinitionSettings;
import org.newsgraph.analysis.stories.StoryClustering;
import org.newsgraph.analysis.campaigns.InvalidCampaignException;
import org.newsgraph.analysis.progress.AnalysisProgress;

/**
 * The definitions as a running server sees them: applied when their files change and only
 * then, every article looked at again when the gazetteer changes, and a broken campaign
 * leaving the graph as it was.
 */
class GraphAnalysisIT extends Neo4jTestBase {

	private static final CypherStatement CAMPAIGN_QUERY = CypherStatement.load("test/campaign-query");

	private static final CypherStatement MENTIONS_OF = CypherStatement.load("test/mentions-of");

	private static final CypherStatement CAMPAIGN_MEMBER_URLS = CypherStatement.load("test/campaign-member-urls");

	private static final Path CRASH_FIXTURES = Path.of("src/test/resources/documents/crash");

	private static final String GAZETTEER = """
			organisations:
			  - id: big-brother-watch
			    name: Big Brother Watch
			    kind: campaign-group
			  - id: liberty
			    name: Liberty
			    kind: campaign-group
			""";

	private static final String CAMPAIGNS = """
			campaigns:
			  - id: stop
			    name: Stop
			    query: stop
			    organisations: [big-brother-watch]
			""";

	@TempDir
	Path folder;

	private Path organisations;

	private Path campaigns;

	private GraphAnalysis analysis;

	@BeforeEach
	void loadTheSeedsWithDefinitionsOfTheirOwn() throws IOException {
		organisations = Files.writeString(folder.resolve("gazetteer.yml"), GAZETTEER);
		campaigns = Files.writeString(folder.resolve("mine.yml"), CAMPAIGNS);
		analysis = new GraphAnalysis(graph(), context.getBean(StoryClustering.class),
				context.getBean(DefinitionReader.class),
				new DefinitionSettings(List.of(organisations), List.of(campaigns), Duration.ofSeconds(10)));
		context.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));
		analysis.update();
	}

	@Test
	void unchangedFilesAreNotAppliedAgain() {
		assertThat(analysis.applyChangedDefinitions()).isEmpty();
	}

	@Test
	void aChangedCampaignFileIsAppliedWithoutALoad() throws IOException {
		Files.writeString(campaigns, CAMPAIGNS.replace("query: stop", "query: petitioned"));

		DefinitionsReport report = analysis.applyChangedDefinitions().orElseThrow();

		assertThat(report.campaignArticles()).containsExactly(Map.entry("stop", 1L));
		assertThat(analysis.applyChangedDefinitions()).isEmpty();
	}

	@Test
	void anOrganisationTakenOutOfTheGazetteerLosesItsMentionsAndOneAddedGainsThem() throws IOException {
		// Diginomica's excerpt ("Human rights group Liberty has called on the UK to ban
		// ..."),
		// listed as related by two seed documents, is one article.
		assertThat(mentions("liberty")).isEqualTo(1);
		Files.writeString(organisations, GAZETTEER.replace("Liberty", "Privacy International")
			.replace("id: liberty", "id: privacy-international") + "    aliases: [PI]\n");

		DefinitionsReport report = analysis.applyChangedDefinitions().orElseThrow();

		assertThat(report.articlesTagged()).isEqualTo(14);
		assertThat(mentions("liberty")).isZero();
		// "PI and 30 CSOs unite against use of live facial recognition technology"
		assertThat(mentions("privacy-international")).isEqualTo(1);
	}

	@Test
	void aCampaignWhoseQueryDoesNotParseChangesNothingAndIsNamedByFileAndLine() throws IOException {
		Files.writeString(campaigns, CAMPAIGNS.replace("query: stop", "query: '(stop'"));

		assertThatThrownBy(analysis::applyChangedDefinitions).isInstanceOf(InvalidCampaignException.class)
			.hasMessageStartingWith(campaigns.toAbsolutePath() + ":2: campaign 'stop' has a query that is not valid");
		String query = graph()
			.read(tx -> tx.run(CAMPAIGN_QUERY.text(), Map.of("id", "stop")).single().get("query").asString());
		assertThat(query).isEqualTo("stop");
	}

	@Test
	void articlesWrittenJustBeforeACrashStillJoinTheirCampaignsInTheNextRound() {
		context.getBean(DocumentLoader.class).load(List.of(CRASH_FIXTURES.resolve("a-new-call-to-stop.md")));
		// The round a crash cut short: stories formed, campaigns not found again.
		context.getBean(StoryClustering.class).update(AnalysisProgress.Listener.NONE);

		analysis.update();

		assertThat(campaignMemberUrls("stop")).contains("https://example.org/a-new-call-to-stop");
	}

	private List<String> campaignMemberUrls(String campaign) {
		return graph().read(tx -> tx.run(CAMPAIGN_MEMBER_URLS.text(), Map.of("id", campaign))
			.list(row -> row.get("url").asString()));
	}

	private long mentions(String organisation) {
		return graph()
			.read(tx -> tx.run(MENTIONS_OF.text(), Map.of("id", organisation)).single().get("mentions").asLong());
	}

}
