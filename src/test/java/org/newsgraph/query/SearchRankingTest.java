package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchRankingTest {

	private static final QueryWords QUERY = new QueryWords("police scanning faces at protests");

	@Test
	void anArticleHoldingOneCommonWordOfTheQueryDoesNotPassOneCloserInMeaning() {
		var ranked = SearchRanking.together(
				List.of(new SearchRanking.WordsHit("common", 9.0, "Police chief retires", "s1", 0.70)),
				List.of(new SearchRanking.MeaningHit("close", 0.80, "s2")), List.of(), QUERY, 0.1);

		assertThat(ranked.articles()).extracting(SearchRanking.Scored::id).containsExactly("close", "common");
		assertThat(ranked.stories()).extracting(SearchRanking.Scored::id).containsExactly("s2", "s1");
	}

	@Test
	void anArticleHoldingEveryWordOfTheQueryComesFirstAmongThoseAlikeInMeaning() {
		var ranked = SearchRanking.together(
				List.of(new SearchRanking.WordsHit("all words", 4.0, "Police scanning faces at protests", null, 0.78)),
				List.of(new SearchRanking.MeaningHit("close", 0.80, null)), List.of(), QUERY, 0.1);

		assertThat(ranked.articles().get(0).id()).isEqualTo("all words");
		assertThat(ranked.articles().get(0).score()).isCloseTo(0.88, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void anArticleWithoutAVectorYetIsFoundByItsWordsAsCloseAsTheFarthestFound() {
		var ranked = SearchRanking.together(
				List.of(new SearchRanking.WordsHit("unembedded", 2.0, "Police scanning faces", null, null)),
				List.of(new SearchRanking.MeaningHit("near", 0.9, null),
						new SearchRanking.MeaningHit("far", 0.6, null)),
				List.of(), QUERY, 0.1);

		assertThat(ranked.articles()).extracting(SearchRanking.Scored::id).containsExactly("near", "unembedded", "far");
	}

	@Test
	void aStoryScoresTheBestOfItsOwnVectorAndItsArticles() {
		var ranked = SearchRanking.together(List.of(),
				List.of(new SearchRanking.MeaningHit("a", 0.9, "told by its article"),
						new SearchRanking.MeaningHit("b", 0.5, "told by itself")),
				List.of(new SearchRanking.MeaningHit("told by itself", 0.85, null),
						new SearchRanking.MeaningHit("told by its article", 0.7, null)),
				QUERY, 0.1);

		assertThat(ranked.stories()).extracting(SearchRanking.Scored::score).containsExactly(0.9, 0.85);
	}

	@Test
	void byWordsAloneArticlesAndTheirStoriesComeInLucenesOrder() {
		var ranked = SearchRanking.byWords(List.of(new SearchRanking.WordsHit("a", 3.0, "", "s", null),
				new SearchRanking.WordsHit("b", 2.0, "", "s", null),
				new SearchRanking.WordsHit("c", 1.0, "", "t", null)));

		assertThat(ranked.articles()).extracting(SearchRanking.Scored::id).containsExactly("a", "b", "c");
		assertThat(ranked.stories()).extracting(SearchRanking.Scored::id).containsExactly("s", "t");
	}

	@Test
	void aQuerysWordsAreItsWordsOtherThanStopWordsAndLucenesOperators() {
		QueryWords words = new QueryWords("Liberty AND the ban");

		assertThat(words.coverage("Liberty calls for a ban")).isEqualTo(1.0);
		assertThat(words.coverage("LIBERTY, again")).isEqualTo(0.5);
		assertThat(words.coverage("nothing of it")).isZero();
	}

}
