package org.newsgraph.analysis.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.OrganisationDefinition;
import org.newsgraph.ingest.OrganisationKind;
import org.newsgraph.analysis.organisations.OrganisationMatcher;

class SuggestionsTest {

	private final OrganisationMatcher gazetteer = new OrganisationMatcher(List.of(new OrganisationDefinition(
			"big-brother-watch", "Big Brother Watch", OrganisationKind.CAMPAIGN_GROUP, List.of())));

	@Test
	void capitalisedNamesEndingInAWordForABodyAndAcronymsInBracketsAreCandidates() {
		assertThat(Suggestions.unknownNames(
				"Headline\nThe Ada Lovelace Institute and the Electronic Frontier Foundation (EFF) back the call by "
						+ "Big Brother Watch.",
				gazetteer))
			.containsExactlyInAnyOrder("Ada Lovelace Institute", "Electronic Frontier Foundation", "EFF");
	}

	@Test
	void placesSubjectsAndBareAcronymsAreNotOrganisations() {
		assertThat(Suggestions.unknownNames(
				"x\nLONDON, Oct 5: New Jersey police use Live Facial Recognition (LFR), Machine Learning and AI, "
						+ "the CEO of a US firm said.",
				gazetteer))
			.isEmpty();
	}

	@Test
	void namesTheGazetteerAlreadyKnowsAreNotSuggestedAgain() {
		assertThat(Suggestions.unknownNames("x\nCampaigners at Big Brother Watch said so.", gazetteer)).isEmpty();
	}

	@Test
	void aTitleCaseHeadlineSaysNothingAboutNamesAndIsSkipped() {
		assertThat(Suggestions.unknownNames("Police Use Of Facial Recognition Faces New Legal Test\n", gazetteer))
			.isEmpty();
	}

	@Test
	void aNameMayJoinItsWordsWithOf() {
		assertThat(Suggestions.unknownNames("x\nThe decision by the Court of Appeal was final.", gazetteer))
			.contains("Court of Appeal");
	}

}
