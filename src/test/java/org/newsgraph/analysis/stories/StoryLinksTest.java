package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The similarity sketch and the link score on small hand-made cases: wire copy under
 * other headlines, one outlet's different stories, related but different events.
 */
class StoryLinksTest {

	private static final String WIRE = "London police started using facial recognition cameras on Tuesday to "
			+ "automatically scan for wanted people, as authorities adopt the technology that has raised concerns "
			+ "about increased surveillance and erosion of privacy.";

	/**
	 * As in a corpus about the technology, its name and the words around it are common.
	 */
	private static final TermWeights WEIGHTS = new TermWeights(
			Map.of("facial", 40L, "recognit", 40L, "polic", 30L, "technolog", 25L, "use", 25L), 50);

	private final StoryLinks links = new StoryLinks(StorySettings.defaults());

	@Test
	void wireCopyUnderAnotherHeadlineIsASyndicatedCopyInTheSameStory() {
		ArticleFeatures ap = article("ap", "apnews.com", "London police deploy facial recognition tech", WIRE,
				"2020-02-11T18:01:00Z");
		ArticleFeatures copy = article("copy", "pressherald.com",
				"London police deploy facial recognition technology, stirring privacy fears", WIRE,
				"2020-02-12T01:13:00Z");

		StoryLink link = links.score(ap, copy);

		assertThat(ap.sketch().similarity(copy.sketch())).isGreaterThan(0.8);
		assertThat(link.method()).isEqualTo("minhash");
		assertThat(link.syndicated()).isTrue();
		assertThat(link.score()).isGreaterThanOrEqualTo(StorySettings.defaults().threshold());
		assertThat(link.from()).isEqualTo("ap");
	}

	@Test
	void oneOutletsTwoStoriesOnOneTopicAreNotLinked() {
		ArticleFeatures deployment = article("a", "theguardian.com", "Met police deploy live facial recognition",
				"Cameras used at east London shopping centre despite experts warning against them",
				"2020-02-11T19:20:00Z");
		ArticleFeatures settlement = article("b", "theguardian.com",
				"Facebook to pay $550m to settle facial recognition lawsuit",
				"Social network agrees to settle Illinois privacy class action over photo tagging",
				"2020-02-12T10:00:00Z");

		assertThat(links.score(deployment, settlement)).isNull();
	}

	@Test
	void aRelatedListLinkDoesNotMakeDifferentEventsOneStory() {
		ArticleFeatures letter = article("letter", "expressandstar.com",
				"Civil liberties groups demand ban on facial recognition technology",
				"A group of civil society bodies has called on the Government to ban facial recognition cameras",
				"2021-08-23T05:30:00Z", Set.of("delhi"));
		ArticleFeatures delhi = article("delhi", "medianama.com",
				"The use of facial recognition technology for policing in Delhi",
				"The use of new technology like facial recognition by police in India raises questions of "
						+ "efficiency, surveillance, and discrimination.",
				"2021-08-23T05:25:00Z", Set.of());

		StoryLink link = links.score(letter, delhi);

		assertThat(link == null ? 0 : link.score()).isLessThan(StorySettings.defaults().threshold());
	}

	@Test
	void articlesFurtherApartThanTheWindowAreNeverLinkedNotEvenCopies() {
		ArticleFeatures first = article("first", "a.example", "Moscow rolls out live facial recognition",
				"Moscow is the latest major city to introduce live facial recognition cameras", "2020-01-30T00:00:00Z");
		ArticleFeatures rewrite = article("rewrite", "b.example", "Moscow expands live facial recognition",
				"Russia's capital adds thousands of cameras to its live facial recognition network",
				"2020-03-30T00:00:00Z");
		ArticleFeatures lateCopy = article("late-copy", "c.example", "Moscow rolls out live facial recognition",
				"Moscow is the latest major city to introduce live facial recognition cameras", "2020-03-30T00:00:00Z");
		ArticleFeatures copy = article("copy", "d.example", "Moscow rolls out live facial recognition",
				"Moscow is the latest major city to introduce live facial recognition cameras", "2020-02-05T00:00:00Z");

		List<StoryLink> found = links.between(List.of(first, copy, rewrite, lateCopy));

		assertThat(found).extracting(link -> link.from() + "->" + link.to())
			.containsExactlyInAnyOrder("first->copy", "late-copy->rewrite");
	}

	/**
	 * Copies share MinHash bands whatever the time between them; a band shared by many
	 * texts made the comparisons of a million documents grow with its square. Each copy
	 * still reaches the next, so they stay one story.
	 */
	@Test
	void withinOneMinHashBandEachArticleIsComparedWithItsNearestFollowersOnly() {
		List<ArticleFeatures> copies = List.of(article("1", "a.com", "Wire story", WIRE, "2020-01-01T00:00:00Z"),
				article("2", "b.com", "Wire story", WIRE, "2020-01-02T00:00:00Z"),
				article("3", "c.com", "Wire story", WIRE, "2020-01-03T00:00:00Z"),
				article("4", "d.com", "Wire story", WIRE, "2020-01-04T00:00:00Z"));

		assertEachIsComparedWithItsNextOnlyAtALimitOfOne(copies);
	}

	@Test
	void withinOneWordEachArticleIsComparedWithItsNearestFollowersOnly() {
		List<ArticleFeatures> articles = List.of(
				article("1", "a.com", "Kestrel council vote", "Aldermen debate budget", "2020-02-11T08:00:00Z"),
				article("2", "b.com", "Kestrel harbour closes", "Fishermen protest quotas", "2020-02-11T09:00:00Z"),
				article("3", "c.com", "Kestrel festival returns", "Musicians fill meadow", "2020-02-11T10:00:00Z"),
				article("4", "d.com", "Kestrel bridge reopens", "Engineers finish repairs", "2020-02-11T11:00:00Z"));

		assertEachIsComparedWithItsNextOnlyAtALimitOfOne(articles);
	}

	/**
	 * A small round compares its pending articles with the settled ones around them,
	 * looking back from each pending article instead of forward from every settled one:
	 * the same links as comparing everything and keeping those with a pending end.
	 */
	@Test
	void aRoundFindsTheLinksWithAPendingEndThatComparingEveryArticleFinds() {
		String[] words = { "council", "harbour", "festival", "bridge", "budget", "Kestrel", "Osprey", "strike",
				"police", "cameras", "vote", "flood" };
		SplittableRandom random = new SplittableRandom(20);
		List<ArticleFeatures> mixed = new ArrayList<>();
		List<ArticleFeatures> allPending = new ArrayList<>();
		Set<String> pending = new HashSet<>();
		for (int i = 0; i < 120; i++) {
			StringBuilder title = new StringBuilder();
			StringBuilder excerpt = new StringBuilder();
			for (int w = 0; w < 4; w++) {
				title.append(words[random.nextInt(words.length)]).append(' ');
				excerpt.append(words[random.nextInt(words.length)]).append(' ');
			}
			String id = String.format("a%03d", i);
			Instant published = Instant.parse("2020-02-01T00:00:00Z").plusSeconds(random.nextInt(20 * 86_400));
			Set<String> related = random.nextInt(10) == 0 ? Set.of(String.format("a%03d", random.nextInt(120)))
					: Set.of();
			String outlet = "o" + random.nextInt(9) + ".com";
			boolean isPending = random.nextInt(4) == 0;
			if (isPending) {
				pending.add(id);
			}
			mixed.add(features(new StoryArticle(id, title.toString(), excerpt.toString(), published, outlet, related,
					Set.of(), null, isPending)));
			allPending.add(features(new StoryArticle(id, title.toString(), excerpt.toString(), published, outlet,
					related, Set.of(), null, true)));
		}
		mixed.sort(ArticleFeatures.CHRONOLOGICAL);
		allPending.sort(ArticleFeatures.CHRONOLOGICAL);
		StorySettings fewNeighbours = new StorySettings(0.17, 0.02, 0.15, 0.5, 0.09, 1, 2.5, 7, 20_000, 0.5, 0.5, 0.5,
				0.8, 12, 3, 5, StorySettings.Algorithm.JAVA);

		List<StoryLink> everyPair = new StoryLinks(fewNeighbours).between(allPending)
			.stream()
			.filter(link -> pending.contains(link.from()) || pending.contains(link.to()))
			.toList();

		assertThat(pending).hasSizeBetween(15, 45);
		assertThat(everyPair).hasSizeGreaterThan(50);
		assertThat(new StoryLinks(fewNeighbours).between(mixed)).isEqualTo(everyPair);
	}

	/**
	 * Four articles "1" to "4" sharing one block: every pair is linked by default, each
	 * article with the next only when the neighbour limit is one.
	 */
	private void assertEachIsComparedWithItsNextOnlyAtALimitOfOne(List<ArticleFeatures> four) {
		StorySettings nearestOnly = new StorySettings(0.17, 0.02, 0.15, 0.5, 0.09, 1, 2.5, 7, 20_000, 0.5, 0.5, 0.5,
				0.8, 12, 1, 5, StorySettings.Algorithm.JAVA);

		assertThat(links.between(four)).hasSize(6);
		assertThat(new StoryLinks(nearestOnly).between(four)).extracting(link -> link.from() + link.to())
			.containsExactlyInAnyOrder("12", "23", "34");
	}

	private static ArticleFeatures features(StoryArticle article) {
		return ArticleFeatures.of(article, WEIGHTS, Capitalisation.of(List.of()));
	}

	private static ArticleFeatures article(String id, String outlet, String title, String excerpt, String published) {
		return article(id, outlet, title, excerpt, published, Set.of());
	}

	private static ArticleFeatures article(String id, String outlet, String title, String excerpt, String published,
			Set<String> related) {
		return ArticleFeatures.of(
				new StoryArticle(id, title, excerpt, Instant.parse(published), outlet, related, Set.of(), null, true),
				WEIGHTS, Capitalisation.of(List.of()));
	}

}
