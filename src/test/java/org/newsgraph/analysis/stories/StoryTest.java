package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * What a story says of itself: an id that depends only on its earliest article, its most
 * representative title, and words a reader can use.
 */
class StoryTest {

	private static final TermWeights WEIGHTS = new TermWeights(Map.of("facial", 40L, "recognit", 40L), 50);

	private static final ArticleFeatures FIRST = article("first", "a.example",
			"Does any council use facial recognition? Hamden votes on a ban",
			"Hamden's council votes on banning facial recognition by its departments", "2021-08-18T15:00:00Z");

	private static final ArticleFeatures SECOND = article("second", "b.example",
			"Hamden council bans facial recognition", "Hamden's council voted to ban facial recognition",
			"2021-08-19T09:00:00Z");

	private static final ArticleFeatures THIRD = article("third", "b.example", "Hamden ban passes",
			"Does Hamden's ban go far enough?", "2021-08-19T18:00:00Z");

	@Test
	void theIdDependsOnlyOnTheEarliestArticle() {
		Story story = Story.of(List.of(FIRST, SECOND, THIRD), 5);

		assertThat(story.id()).isEqualTo(Story.of(List.of(FIRST), 5).id()).matches("[0-9a-f]{20}");
		assertThat(story.id()).isNotEqualTo(Story.of(List.of(SECOND, THIRD), 5).id());
	}

	@Test
	void theHeadlineIsTheTitleMostLikeTheOthersAndOutletsAreCountedOnce() {
		Story story = Story.of(List.of(FIRST, SECOND, THIRD), 5);

		assertThat(story.headline()).isEqualTo("Hamden council bans facial recognition");
		assertThat(story.articleCount()).isEqualTo(3);
		assertThat(story.outletCount()).isEqualTo(2);
		assertThat(story.firstPublishedAt()).isEqualTo(Instant.parse("2021-08-18T15:00:00Z"));
	}

	/**
	 * The story sums each member's cosines with the others through one summed vector; the
	 * test sums them pair by pair.
	 */
	@Test
	void theHeadlineArticleHasTheLargestSumOfCosinesWithTheOtherMembers() {
		List<String> words = List.of("council", "ban", "police", "camera", "vote", "court", "privacy", "trial", "shop",
				"station", "protest", "watchdog");
		Random random = new Random(7);
		List<ArticleFeatures> members = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String text = random.ints(6, 0, words.size()).mapToObj(words::get).collect(Collectors.joining(" "));
			members.add(article("m" + i, "o" + (i % 5) + ".example", text, text,
					Instant.parse("2021-08-18T00:00:00Z").plusSeconds(60L * i).toString()));
		}
		ArticleFeatures expected = members.get(0);
		double bestSum = -1;
		for (ArticleFeatures candidate : members) {
			double sum = members.stream()
				.filter(other -> other != candidate)
				.mapToDouble(other -> candidate.vector().dot(other.vector()))
				.sum();
			if (sum > bestSum + 1e-9) {
				expected = candidate;
				bestSum = sum;
			}
		}

		assertThat(Story.of(members, 5).headlineArticle()).isEqualTo(expected.article().id());
	}

	@Test
	void topTermsAreWordsThatTellTheStoryNotFunctionWords() {
		Story story = Story.of(List.of(FIRST, SECOND, THIRD), 20);

		assertThat(story.topTerms()).contains("ban", "hamden", "council").doesNotContain("does", "any");
	}

	private static ArticleFeatures article(String id, String outlet, String title, String excerpt, String published) {
		return ArticleFeatures.of(
				new StoryArticle(id, title, excerpt, Instant.parse(published), outlet, Set.of(), Set.of(), null, true),
				WEIGHTS, Capitalisation.of(List.of()));
	}

}
