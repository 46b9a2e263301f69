package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.stories.StoryCommunities.StrongLink;

class StoryCommunitiesTest {

	private final List<StrongLink> links = new ArrayList<>();

	@Test
	void aChanceLinkBetweenTwoStoriesDoesNotMakeThemOne() {
		List<String> component = twoStoriesJoinedByAChanceLink();

		assertThat(new StoryCommunities(0.05).of(List.of(component), links))
			.containsExactlyInAnyOrder(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
	}

	@Test
	void twoArticlesLinkedAboveTheCohesionStayOneStory() {
		links.add(new StrongLink("b", "a", 0.17));

		assertThat(new StoryCommunities(0.05).of(List.of(List.of("b", "a"), List.of("c")), links))
			.containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
	}

	@Test
	void withoutCohesionTheStoriesAreTheComponents() {
		List<String> component = twoStoriesJoinedByAChanceLink();

		assertThat(new StoryCommunities(0).of(List.of(component), links)).containsExactly(component);
	}

	@Test
	void aStoryDoesNotDependOnTheOrderItsMembersAndLinksCameIn() {
		story(0.6, "a1", "a2", "a3");
		story(0.3, "b1", "b2", "b3", "b4");
		links.add(new StrongLink("a2", "b3", 0.4));
		List<String> members = List.of("a1", "a2", "a3", "b1", "b2", "b3", "b4");
		var stories = new StoryCommunities(0.05).of(List.of(members), links);

		List<StrongLink> reversed = new ArrayList<>(
				links.stream().map(link -> new StrongLink(link.to(), link.from(), link.score())).toList());
		Collections.reverse(reversed);
		List<String> shuffled = List.of("b4", "a3", "b1", "a1", "b2", "a2", "b3");

		assertThat(new StoryCommunities(0.05).of(List.of(shuffled), reversed)).isEqualTo(stories);
	}

	private List<String> twoStoriesJoinedByAChanceLink() {
		story(0.6, "a1", "a2", "a3");
		story(0.6, "b1", "b2", "b3");
		links.add(new StrongLink("a3", "b1", 0.18));
		return List.of("a1", "a2", "a3", "b1", "b2", "b3");
	}

	private void story(double score, String... members) {
		for (int a = 0; a < members.length; a++) {
			for (int b = a + 1; b < members.length; b++) {
				links.add(new StrongLink(members[a], members[b], score));
			}
		}
	}

}
