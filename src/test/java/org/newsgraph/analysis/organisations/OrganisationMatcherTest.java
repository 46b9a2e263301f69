package org.newsgraph.analysis.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.OrganisationDefinition;
import org.newsgraph.ingest.OrganisationKind;

class OrganisationMatcherTest {

	private final OrganisationMatcher matcher = new OrganisationMatcher(List.of(
			new OrganisationDefinition("big-brother-watch", "Big Brother Watch", OrganisationKind.CAMPAIGN_GROUP,
					List.of()),
			new OrganisationDefinition("liberty", "Liberty", OrganisationKind.CAMPAIGN_GROUP, List.of()),
			new OrganisationDefinition("metropolitan-police", "Metropolitan Police Service",
					OrganisationKind.POLICE_FORCE, List.of("Metropolitan Police", "Met Police", "Scotland Yard")),
			new OrganisationDefinition("ico", "Information Commissioner’s Office", OrganisationKind.GOVERNMENT_BODY,
					List.of("ICO")),
			new OrganisationDefinition("amazon", "Amazon", OrganisationKind.COMPANY, List.of())));

	@Test
	void aNameOfSeveralWordsIsFoundInAnyLetterCase() {
		assertThat(matcher.organisationsIn("BIG BROTHER WATCH says big brother watch is watching"))
			.containsExactly("big-brother-watch");
	}

	@Test
	void aOneWordNameIsFoundOnlyAsWrittenBecauseInLowerCaseItIsAnOrdinaryWord() {
		assertThat(matcher.organisationsIn("Campaigners for civil liberty and the ico")).isEmpty();
		assertThat(matcher.organisationsIn("Liberty and the ICO warn police")).containsExactly("liberty", "ico");
	}

	@Test
	void onlyWholeWordsCount() {
		assertThat(matcher.organisationsIn("Libertyville residents shop at Amazonia")).isEmpty();
		assertThat(matcher.organisationsIn("Liberty's lawyers and Amazon’s cameras")).containsExactly("liberty",
				"amazon");
	}

	@Test
	void everyAliasLeadsToItsOrganisation() {
		assertThat(matcher.organisationsIn("Scotland Yard confirmed; the Met Police declined"))
			.containsExactly("metropolitan-police");
	}

	@Test
	void curlyAndStraightApostrophesAreTheSame() {
		assertThat(matcher.organisationsIn("the Information Commissioner's Office said")).containsExactly("ico");
	}

	@Test
	void theLongestOfOverlappingNamesWins() {
		assertThat(matcher.mentionsIn("The Metropolitan Police Service said"))
			.containsExactly(new OrganisationMatcher.Mention("metropolitan-police", 4, 31));
	}

	@Test
	void aTextWithoutNamesOrWithoutTextFindsNothing() {
		assertThat(matcher.organisationsIn("Nothing to see here")).isEmpty();
		assertThat(matcher.organisationsIn(null)).isEmpty();
	}

}
