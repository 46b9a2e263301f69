package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StoryCentroidsTest {

	private static final TermWeights WEIGHTS = new TermWeights(Map.of("money", 20L, "swift", 5L, "taylor", 5L), 1000);

	private final Map<String, ArticleFeatures> features = new HashMap<>();

	@Test
	void aHeadlineSharingOneWordWithAFewMembersLeavesTheStory() {
		List<String> story = List.of(add("a", "Taylor Swift tops Billboard's money makers list"),
				add("b", "Taylor Swift is music's top money maker, Billboard says"),
				add("c", "Billboard: Taylor Swift earned most of any musician"), add("d", "Money to burn"));

		assertThat(new StoryCentroids(0.15).keepFitting(List.of(story), features))
			.containsExactlyInAnyOrder(List.of("a", "b", "c"), List.of("d"));
	}

	@Test
	void aStoryWhoseMembersAllResembleItKeepsThemAll() {
		List<String> story = List.of(add("a", "Taylor Swift tops Billboard's money makers list"),
				add("b", "Taylor Swift is music's top money maker, Billboard says"),
				add("c", "Billboard: Taylor Swift earned most of any musician"));

		assertThat(new StoryCentroids(0.15).keepFitting(List.of(story), features)).containsExactly(story);
	}

	@Test
	void aPairIsHeldTogetherByItsLinkAlone() {
		List<String> pair = List.of(add("a", "Taylor Swift tops Billboard's list"), add("b", "Money to burn"));

		assertThat(new StoryCentroids(0.15).keepFitting(List.of(pair), features)).containsExactly(pair);
	}

	@Test
	void aFloorOfZeroKeepsEveryMember() {
		List<String> story = List.of(add("a", "Taylor Swift tops Billboard's money makers list"),
				add("b", "Taylor Swift is music's top money maker, Billboard says"), add("d", "Money to burn"));

		assertThat(new StoryCentroids(0).keepFitting(List.of(story), features)).containsExactly(story);
	}

	private String add(String id, String title) {
		StoryArticle article = new StoryArticle(id, title, null, Instant.parse("2014-03-10T12:00:00Z"), id + ".com",
				Set.of(), Set.of(), null, true);
		features.put(id, ArticleFeatures.of(article, WEIGHTS, Capitalisation.of(List.of(article))));
		return id;
	}

}
