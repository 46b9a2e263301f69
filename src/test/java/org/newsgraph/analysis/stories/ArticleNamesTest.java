package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Names and figures as clustering reads them from headlines and excerpts, with the
 * capitalisation of the round's other texts to tell names from title-case words.
 */
class ArticleNamesTest {

	private static final List<StoryArticle> ROUND = List.of(
			article("Retailer Dressbarn files for bankruptcy protection in Delaware",
					"The chain said on Monday that it will close stores after its sales fell."),
			article("Grocer Fairway files for bankruptcy as debts mount",
					"Fairway said it would keep its stores open while it looks for a buyer."),
			article("Stocks fall as weather hurts sales", "Weak sales and bad weather weighed on shares."));

	private static final Capitalisation CAPITALISATION = Capitalisation.of(ROUND);

	@Test
	void twoCompaniesFilingForBankruptcyOnOneDayNameDifferentThings() {
		ArticleNames dressbarn = names(ROUND.get(0));
		ArticleNames fairway = names(ROUND.get(1));

		assertThat(dressbarn.names()).contains("dressbarn", "delaware");
		assertThat(fairway.names()).contains("fairway");
		assertThat(dressbarn.contradicts(fairway)).isTrue();
	}

	@Test
	void wordsOfATitleCaseHeadlineThatRunningTextWritesInLowerCaseAreNotNames() {
		ArticleNames headline = names(article("Bad Weather Prompts Fairway To Close Stores", null));

		assertThat(headline.names()).containsExactly("fairway");
	}

	@Test
	void anAcronymIsANameEvenFirstInItsSentence() {
		assertThat(names(article("NHTSA opens a recall probe", null)).names()).containsExactly("nhtsa");
	}

	@Test
	void theSameCompanyInTwoHeadlinesIsNoContradiction() {
		ArticleNames first = names(article("Why Fairway is closing stores", null));
		ArticleNames second = names(article("Analysts on Fairway and its debts to Citi", null));

		assertThat(first.contradicts(second)).isFalse();
	}

	@Test
	void aSharedFigureKeepsTwoArticlesCompatibleAndAYearIsNoFigure() {
		ArticleNames first = names(article("Colorado collects $3.5 million in 2014", null));
		ArticleNames second = names(article("Denver takes in $3.5 million", null));

		assertThat(first.figures()).containsExactly("3.5");
		assertThat(first.contradicts(second)).isFalse();
	}

	@Test
	void anArticleWithoutNamesContradictsNothing() {
		ArticleNames none = names(article("stocks fall as weather hurts sales", null));

		assertThat(none.names()).isEmpty();
		assertThat(none.contradicts(names(ROUND.get(0)))).isFalse();
	}

	private static ArticleNames names(StoryArticle article) {
		return ArticleNames.of(NameWords.of(article.title()), NameWords.of(article.excerpt()), CAPITALISATION);
	}

	private static StoryArticle article(String title, String excerpt) {
		return new StoryArticle(title, title, excerpt, Instant.parse("2019-06-10T10:00:00Z"), "example.com", Set.of(),
				Set.of(), null, true);
	}

}
