package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DefinitionReaderTest {

	private static final Path FOLDER = Path.of("src/test/resources/definitions");

	private static final Path ORGANISATIONS = FOLDER.resolve("organisations.yml");

	private final DefinitionReader reader = new DefinitionReader(IngestLimits.defaults());

	@Test
	void aGazetteerAndACampaignAreReadWithEveryField() {
		Definitions definitions = reader.read(List.of(ORGANISATIONS), List.of(FOLDER.resolve("campaigns.yml")));

		assertThat(definitions.organisations()).extracting(OrganisationDefinition::id)
			.containsExactly("big-brother-watch", "metropolitan-police");
		assertThat(definitions.organisations().get(1).names()).containsExactly("Metropolitan Police Service",
				"Met Police", "Scotland Yard");
		assertThat(definitions.organisations().get(1).kind()).isEqualTo(OrganisationKind.POLICE_FORCE);
		CampaignDefinition campaign = definitions.campaigns().get(0);
		assertThat(campaign.query()).isEqualTo("\"facial recognition\" AND (stop OR ban)");
		assertThat(campaign.from()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(campaign.to()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(campaign.topics()).containsExactly("Computer Vision");
		assertThat(campaign.organisations()).containsExactly("big-brother-watch");
		assertThat(campaign.targets()).containsExactly("metropolitan-police");
		assertThat(campaign.source()).endsWith("campaigns.yml:2");
	}

	@Test
	void theFingerprintChangesWithTheContentsAndOnlyThen() {
		Definitions once = reader.read(List.of(ORGANISATIONS), List.of(FOLDER.resolve("campaigns.yml")));
		Definitions again = reader.read(List.of(ORGANISATIONS), List.of(FOLDER.resolve("campaigns.yml")));
		Definitions other = reader.read(List.of(ORGANISATIONS), List.of());

		assertThat(again.campaignsSha256()).isEqualTo(once.campaignsSha256());
		assertThat(again.organisationsSha256()).isEqualTo(once.organisationsSha256());
		assertThat(other.campaignsSha256()).isNotEqualTo(once.campaignsSha256());
	}

	@Test
	void aMissingFileIsSkippedAndSaid() {
		Path missing = FOLDER.resolve("no-such-file.yml");

		Definitions definitions = reader.read(List.of(missing), List.of());

		assertThat(definitions.organisations()).isEmpty();
		assertThat(definitions.missing()).containsExactly(missing);
	}

	@Test
	void aCampaignRunByAnOrganisationOutsideTheGazetteerIsRejectedWithItsLine() {
		assertRejected(FOLDER.resolve("campaign-with-unknown-organisation.yml"), 5, "campaigns[0].organisations",
				"names organisations that are not in the gazetteer: [liberty]");
	}

	@Test
	void aMisspeltKeyIsRejectedRatherThanIgnored() {
		assertRejected(FOLDER.resolve("campaign-with-misspelt-key.yml"), 4, "campaigns[0].querry",
				"unknown key 'querry'");
	}

	@Test
	void aCampaignEndingBeforeItStartsIsRejected() {
		assertRejected(FOLDER.resolve("campaign-ending-before-it-starts.yml"), 6, "campaigns[0].to",
				"'to' (2021-01-01) is before 'from' (2023-01-01)");
	}

	@Test
	void aDuplicateIdIsRejectedNamingTheFirst() {
		assertRejected(FOLDER.resolve("campaigns-with-duplicate-id.yml"), 5, "campaigns[1].id",
				"id 'stop-lfr' is already defined at");
	}

	@Test
	void anUnknownKindIsRejectedListingTheKnownOnes() {
		assertThatThrownBy(() -> reader.read(List.of(FOLDER.resolve("organisation-of-unknown-kind.yml")), List.of()))
			.isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining(":4: 'kind' must be one of [campaign-group, police-force, government-body");
	}

	@Test
	void anAliasNamingTwoOrganisationsIsRejected() {
		assertThatThrownBy(() -> reader.read(List.of(FOLDER.resolve("organisations-sharing-an-alias.yml")), List.of()))
			.hasMessageContaining("'the Met' already names metropolitan-police");
	}

	@Test
	void anIdThatIsNotLowerCaseWordsJoinedByHyphensIsRejected() {
		assertThatThrownBy(() -> reader.read(List.of(FOLDER.resolve("organisation-with-bad-id.yml")), List.of()))
			.hasMessageContaining(":2: 'id' must be lower-case words joined by hyphens");
	}

	@Test
	void anAliasBombIsStoppedByTheSameLimitsAsDocuments() {
		assertThatThrownBy(() -> reader.read(List.of(FOLDER.resolve("alias-bomb.yml")), List.of()))
			.isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining("invalid YAML");
	}

	private void assertRejected(Path campaigns, int line, String field, String reason) {
		assertThatThrownBy(() -> reader.read(List.of(ORGANISATIONS), List.of(campaigns)))
			.isInstanceOfSatisfying(DocumentRejectedException.class, ex -> {
				assertThat(ex.problem().line()).isEqualTo(line);
				assertThat(ex.problem().field()).isEqualTo(field);
				assertThat(ex.problem().reason()).contains(reason);
				assertThat(ex.problem().file()).isEqualTo(campaigns.toAbsolutePath().normalize());
			});
	}

}
