package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.cli.Cli.Run;
import org.newsgraph.ingest.DefinitionReader;
import org.newsgraph.ingest.Definitions;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.ingest.OrganisationDefinition;

/**
 * The campaign and gazetteer files through the command line: loads apply them, a change
 * is noticed, a broken one is named with its line, and the suggestions are files the
 * reader accepts and whose queries find articles.
 */
class DefinitionCommandsIT extends Neo4jTestBase {

	private static final String CORPUS = "src/test/resources/corpus/everyday-ai";

	private static final Path GAZETTEER = Path.of("seeds/organisations.yml");

	@TempDir
	Path folder;

	@Test
	void loadingTheSeedsAppliesTheirCampaignsAndGazetteer() {
		Run load = newsgraph(Map.of(), "load", SeedGraph.SEEDS.toString());

		assertThat(load.exitCode()).as(load.err()).isZero();
		assertThat(load.out()).contains("Organisations: ", "uk-live-facial-recognition 10 articles");
		Run list = newsgraph(Map.of(), "campaigns", "list");
		assertThat(list.out()).containsPattern("uk-live-facial-recognition\\s+10\\s+\\d+\\s+2021-08-19\\s+2023-10-06");
		Run json = newsgraph(Map.of(), "campaigns", "list", "--json");
		assertThat(json.out()).startsWith("{\"items\":[")
			.contains("\"id\":\"uk-live-facial-recognition\"", "\"articles\":10");
	}

	@Test
	void aChangedCampaignFileIsAppliedOnTheNextLoadAndABrokenOneIsNamedWithItsLine() throws IOException {
		Path campaigns = Files.writeString(folder.resolve("campaigns.yml"), """
				campaigns:
				  - id: letters
				    name: Open letters
				    query: '"open letter" OR letter'
				""");
		Map<String, Object> definitions = Map.of("newsgraph.definitions.campaigns", campaigns.toString());
		assertThat(newsgraph(definitions, "load", SeedGraph.SEEDS.toString()).out()).contains("letters ");

		Files.writeString(campaigns, """
				campaigns:
				  - id: petitions
				    name: Petitions
				    query: petitioned
				""");
		Run reload = newsgraph(definitions, "load", SeedGraph.SEEDS.toString());
		assertThat(reload.out()).contains("Campaigns: petitions 1 articles").doesNotContain("letters");

		Files.writeString(campaigns, """
				campaigns:
				  - id: broken
				    name: Broken
				    query: '"facial recognition" AND ('
				""");
		Run broken = newsgraph(definitions, "load", SeedGraph.SEEDS.toString());
		assertThat(broken.exitCode()).isEqualTo(ExitCodes.FAILED);
		assertThat(broken.err())
			.contains(campaigns.toAbsolutePath() + ":2: campaign 'broken' has a query that is not valid");
		assertThat(newsgraph(Map.of(), "campaigns", "list").out()).contains("petitions").doesNotContain("broken");
	}

	@Test
	void suggestedCampaignsAreValidDefinitionsWhoseQueriesFindTheirStories() throws IOException {
		Path none = Files.writeString(folder.resolve("none.yml"), "campaigns: []\n");
		Map<String, Object> noCampaigns = Map.of("newsgraph.definitions.campaigns", none.toString());
		newsgraph(noCampaigns, "load", SeedGraph.SEEDS.toString(), CORPUS);

		Run suggest = newsgraph(noCampaigns, "campaigns", "suggest", "--limit", "5");

		assertThat(suggest.exitCode()).isZero();
		Path suggested = Files.writeString(folder.resolve("suggested.yml"), suggest.out());
		Definitions definitions = new DefinitionReader(IngestLimits.defaults()).read(List.of(GAZETTEER),
				List.of(suggested));
		assertThat(definitions.campaigns()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		Run load = newsgraph(Map.of("newsgraph.definitions.campaigns", suggested.toString()), "load",
				SeedGraph.SEEDS.toString());
		assertThat(load.out().lines().filter(line -> line.startsWith("Campaigns: "))).singleElement(STRING)
			.doesNotContain(" 0 articles");
		Run applied = newsgraph(Map.of(), "campaigns", "list");
		assertThat(applied.out().lines().skip(1)).hasSize(definitions.campaigns().size());
	}

	@Test
	void suggestedOrganisationsAreNamesTheGazetteerLacksInItsFormat() throws IOException {
		Path small = Files.writeString(folder.resolve("organisations.yml"), """
				organisations:
				  - id: metropolitan-police
				    name: Metropolitan Police
				    kind: police-force
				""");
		Map<String, Object> smallGazetteer = Map.of("newsgraph.definitions.organisations", small.toString());
		newsgraph(Map.of(), "load", SeedGraph.SEEDS.toString(), CORPUS);

		Run suggest = newsgraph(smallGazetteer, "organisations", "suggest", "--min-articles", "2");

		assertThat(suggest.exitCode()).as(suggest.err()).isZero();
		Path suggested = Files.writeString(folder.resolve("suggested.yml"), suggest.out());
		Definitions definitions = new DefinitionReader(IngestLimits.defaults()).read(List.of(suggested), List.of());
		// In the seeds' gazetteer because the real corpus names them in several articles.
		assertThat(definitions.organisations()).extracting(OrganisationDefinition::name)
			.contains("American Civil Liberties Union", "Department of Homeland Security",
					"Surveillance Camera Commissioner")
			.doesNotContain("Metropolitan Police");
	}

	private static Run newsgraph(Map<String, Object> properties, String... arguments) {
		Map<String, Object> all = new HashMap<>(testServerProperties());
		all.putAll(properties);
		return Cli.newsgraph(all, arguments);
	}

}
