package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.DocumentUnloader;
import org.newsgraph.analysis.progress.AnalysisProgress;

/**
 * Stories formed in Neo4j: the ones a reader sees in the seeds, the same with and without
 * Graph Data Science, and kept current by small incremental rounds.
 */
class StoryClusteringIT extends Neo4jTestBase {

	private static final CypherStatement STORIES_BY_OUTLET = CypherStatement.load("test/stories-by-outlet");

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	@Test
	void theSeedsTellTheStoriesAReaderSeesThere() {
		load(SeedGraph.SEEDS, CORPUS);
		clustering().update(AnalysisProgress.Listener.NONE);

		assertThat(storiesOfSeedOutlets()).contains(
				"biometricupdate.com: Calls against use expressandstar.com jurist.org privacyinternational.org sky.com",
				"express.co.uk morningstaronline.co.uk", "aol.com theiet.org", "medianama.com", "nhregister.com",
				"fedscoop.com");
	}

	/**
	 * Diginomica's "Campaigners call for ban" and Biometric Update's "New UK live facial
	 * recognition code" report one event (the guidance update of 19 August 2021), but
	 * share no word that marks it: only knowing that the code is the guidance joins them.
	 * They stay apart, and above all out of the open letter's story.
	 */
	@Test
	void theGuidanceUpdateCoverageStaysOutOfTheOpenLettersStory() {
		load(SeedGraph.SEEDS, CORPUS);
		clustering().update(AnalysisProgress.Listener.NONE);

		assertThat(storiesOfSeedOutlets()).contains("diginomica.com", "biometricupdate.com: New UK live");
	}

	@Test
	void graphDataScienceAndTheJavaPathFormTheSameStories() {
		load(SeedGraph.SEEDS, CORPUS);
		StoryClustering clustering = clustering();

		ClusteringReport gds = clustering.update(true, AnalysisProgress.Listener.NONE);
		Set<String> withGds = storyIds();
		graph().write(tx -> tx.run(CypherStatement.load("test/mark-all-pending").text()).consume());
		ClusteringReport java = clustering.update(false, AnalysisProgress.Listener.NONE);
		System.out.printf("Clustering the seeds and the corpus: %s%s", gds.summary(), java.summary());

		assertThat(gds.algorithm()).isEqualTo("gds");
		assertThat(java.algorithm()).isEqualTo("java");
		assertThat(storyIds()).isEqualTo(withGds);
	}

	/**
	 * A round compares its pending articles a window of days at a time, each with the
	 * articles within the link window of it, and holds only numbers for the whole corpus:
	 * the stories and links come out as one window over everything makes them.
	 */
	@Test
	void storiesAndLinksDoNotDependOnHowManyArticlesAWindowHolds() {
		load(SeedGraph.SEEDS, CORPUS);
		new StoryClustering(graph(), windowsOf(1_000_000)).update(false, AnalysisProgress.Listener.NONE);
		Set<String> oneWindow = storyMemberships();
		Map<String, Double> oneWindowLinks = linkScores();
		graph().write(tx -> tx.run(CypherStatement.load("test/mark-all-pending").text()).consume());
		List<AnalysisProgress> comparing = new ArrayList<>();

		new StoryClustering(graph(), windowsOf(10)).update(false, progress -> {
			if (progress.step().equals("Comparing articles")) {
				comparing.add(progress);
			}
		});

		assertThat(comparing).hasSizeGreaterThan(20);
		assertThat(storyMemberships()).isEqualTo(oneWindow);
		assertThat(linkScores()).isEqualTo(oneWindowLinks).hasSizeGreaterThan(200);
	}

	/**
	 * Links between articles that were already clustered keep the scores of their round,
	 * while a full recluster rescores them with the term frequencies of today, so a link
	 * at the threshold may tip either way: the two agree on all but a few stories.
	 */
	@Test
	void aSmallLoadReformsOnlyTheStoriesItTouchesAndEndsNearlyWhereAFullReclusterDoes() {
		Path seeds = SeedGraph.SEEDS;
		load(CORPUS, seeds.resolve("000_7df6ec0e15e5056b.txt"), seeds.resolve("001_7c22fc6673973124.txt"));
		clustering().update(AnalysisProgress.Listener.NONE);
		long articlesBefore = count("test/article-count");

		load(seeds.resolve("002_846b0d9d21d4c20f.txt"), seeds.resolve("004_8b50e7ba76e27515.txt"));
		ClusteringReport incremental = clustering().update(AnalysisProgress.Listener.NONE);
		Set<String> incrementalStories = storyIds();
		Set<String> incrementalSeedStories = storiesOfSeedOutlets();
		clustering().recluster(AnalysisProgress.Listener.NONE);

		assertThat(incremental.articlesClustered()).isLessThan(articlesBefore / 10);
		assertThat(storiesOfSeedOutlets()).isEqualTo(incrementalSeedStories);
		Set<String> differing = new TreeSet<>(storyIds());
		differing.removeAll(incrementalStories);
		assertThat(differing).hasSizeLessThanOrEqualTo(incrementalStories.size() / 100);
	}

	/**
	 * A round counts the pending articles' terms itself and the graph counts the terms
	 * stored with every other article; together they make the weights a full recluster
	 * uses, so the links the round makes score as a full recluster scores them.
	 */
	@Test
	void linksMadeByASmallRoundScoreAsAFullReclusterScoresThem() {
		loadTheCorpusAndTwoSeedsAndFormTheirStories();

		Map<String, Double> made = linksMadeByARoundAfter(StoryClusteringIT::loadTwoMoreSeeds);

		assertAFullReclusterScoresThemSo(made);
	}

	@Test
	void aRoundKeepsTheDocumentFrequenciesOfTheStemsStoredWithEveryArticle() {
		load(CORPUS, SeedGraph.SEEDS.resolve("000_7df6ec0e15e5056b.txt"));
		clustering().update(AnalysisProgress.Listener.NONE);
		load(SeedGraph.SEEDS.resolve("002_846b0d9d21d4c20f.txt"));
		clustering().update(AnalysisProgress.Listener.NONE);

		Map<String, Long> kept = frequencies("test/kept-document-frequencies");
		assertThat(kept).isNotEmpty().isEqualTo(frequencies("test/stored-document-frequencies"));
	}

	/** A process started since reads the frequencies the last round kept in the graph. */
	@Test
	void linksMadeByTheFirstRoundOfAnotherProcessScoreAsAFullReclusterScoresThem() {
		loadTheCorpusAndTwoSeedsAndFormTheirStories();

		Map<String, Double> made = linksMadeByARoundAfter(StoryClusteringIT::loadTwoMoreSeeds, anotherProcess());

		assertAFullReclusterScoresThemSo(made);
	}

	/**
	 * Two processes against one server: this one's copy of the frequencies is out of date
	 * once the other has formed a changed document's story, and is not used.
	 */
	@Test
	void aProcessDoesNotUseItsFrequenciesAfterAnotherProcessRanARound(@TempDir Path folder) throws IOException {
		Path changing = loadTheCorpusWithADocumentToChangeAndFormTheirStories(folder);
		changeTheTitleOf(changing);
		load(changing);
		anotherProcess().update(AnalysisProgress.Listener.NONE);
		load(SeedGraph.SEEDS.resolve("004_8b50e7ba76e27515.txt"));

		clustering().update(AnalysisProgress.Listener.NONE);

		assertThat(frequencies("test/kept-document-frequencies"))
			.isEqualTo(frequencies("test/stored-document-frequencies"));
	}

	/**
	 * The frequencies kept by the last round count the deleted articles' stems: the next
	 * round sees that articles are gone and counts afresh.
	 */
	@Test
	void linksMadeAfterAnUnloadScoreAsAFullReclusterScoresThem() throws IOException {
		loadTheCorpusAndTwoSeedsAndFormTheirStories();
		try (Stream<Path> files = Files.list(CORPUS)) {
			context.getBean(DocumentUnloader.class).unload(files.sorted().limit(20).toList());
		}

		Map<String, Double> made = linksMadeByARoundAfter(StoryClusteringIT::loadTwoMoreSeeds);

		assertAFullReclusterScoresThemSo(made);
	}

	/**
	 * A changed document's article is pending again with the stems of its old text
	 * stored: the next round takes those from the kept frequencies and counts the new.
	 */
	@Test
	void linksMadeAfterADocumentChangedScoreAsAFullReclusterScoresThem(@TempDir Path folder) throws IOException {
		Path changing = loadTheCorpusWithADocumentToChangeAndFormTheirStories(folder);
		changeTheTitleOf(changing);
		Map<String, Double> made = linksMadeByARoundAfter(() -> load(changing));

		assertAFullReclusterScoresThemSo(made);
		assertThat(frequencies("test/kept-document-frequencies"))
			.isEqualTo(frequencies("test/stored-document-frequencies"));
	}

	@Test
	void unloadingADocumentReformsTheStoriesItLeaves() {
		load(SeedGraph.SEEDS);
		clustering().update(AnalysisProgress.Listener.NONE);
		context.getBean(DocumentUnloader.class).unload(List.of(SeedGraph.SEEDS.resolve("000_7df6ec0e15e5056b.txt")));

		clustering().update(AnalysisProgress.Listener.NONE);

		assertThat(storiesOfSeedOutlets()).noneMatch(story -> story.contains("express.co.uk"));
		assertThat(count("test/unclustered-article-count")).isZero();
		assertThat(count("test/empty-story-count")).isZero();
	}

	@Test
	void aStoryWhoseArticlesAreAllUnloadedIsDissolvedByTheNextRound() {
		load(SeedGraph.SEEDS);
		clustering().update(AnalysisProgress.Listener.NONE);
		context.getBean(DocumentUnloader.class).unload(List.of(SeedGraph.SEEDS.resolve("004_8b50e7ba76e27515.txt")));
		assertThat(count("test/empty-story-count")).isPositive();

		clustering().update(AnalysisProgress.Listener.NONE);

		assertThat(count("test/empty-story-count")).isZero();
		assertThat(storiesOfSeedOutlets()).noneMatch(story -> story.contains("aol.com"));
	}

	private static void load(Path... paths) {
		context.getBean(DocumentLoader.class).load(List.of(paths));
	}

	private static StoryClustering clustering() {
		return context.getBean(StoryClustering.class);
	}

	/** Another newsgraph process against the same server: it has kept nothing yet. */
	private static StoryClustering anotherProcess() {
		return new StoryClustering(graph(), context.getBean(StorySettings.class));
	}

	private static long count(String statement) {
		Long count = graph().read(tx -> tx.run(CypherStatement.load(statement).text()).single().get("n").asLong());
		return count;
	}

	private static void loadTheCorpusAndTwoSeedsAndFormTheirStories() {
		Path seeds = SeedGraph.SEEDS;
		load(CORPUS, seeds.resolve("000_7df6ec0e15e5056b.txt"), seeds.resolve("001_7c22fc6673973124.txt"));
		clustering().update(AnalysisProgress.Listener.NONE);
	}

	/** The corpus, a seed and a copy of another seed, to be changed. */
	private static Path loadTheCorpusWithADocumentToChangeAndFormTheirStories(Path folder) throws IOException {
		Path seed = SeedGraph.SEEDS.resolve("002_846b0d9d21d4c20f.txt");
		Path changing = Files.copy(seed, folder.resolve(seed.getFileName()));
		load(CORPUS, SeedGraph.SEEDS.resolve("000_7df6ec0e15e5056b.txt"), changing);
		clustering().update(AnalysisProgress.Listener.NONE);
		return changing;
	}

	private static void changeTheTitleOf(Path document) throws IOException {
		String text = Files.readString(document);
		Files.writeString(document, text.replaceFirst("(?m)^title: .*$",
				"title: \"Police scanners at protests criticised by privacy campaigners in London\""));
		assertThat(Files.readString(document)).isNotEqualTo(text);
	}

	private static void loadTwoMoreSeeds() {
		load(SeedGraph.SEEDS.resolve("002_846b0d9d21d4c20f.txt"), SeedGraph.SEEDS.resolve("004_8b50e7ba76e27515.txt"));
	}

	private static void assertAFullReclusterScoresThemSo(Map<String, Double> made) {
		clustering().recluster(AnalysisProgress.Listener.NONE);

		assertThat(made).isNotEmpty();
		assertThat(linkScores()).containsAllEntriesOf(made);
	}

	/**
	 * The links with their scores after the change and the round that follows it, but for
	 * those that were there with the same score before.
	 */
	private static Map<String, Double> linksMadeByARoundAfter(Runnable change) {
		return linksMadeByARoundAfter(change, clustering());
	}

	private static Map<String, Double> linksMadeByARoundAfter(Runnable change, StoryClustering round) {
		Map<String, Double> before = linkScores();
		change.run();
		round.update(AnalysisProgress.Listener.NONE);
		Map<String, Double> made = new HashMap<>(linkScores());
		made.entrySet().removeAll(before.entrySet());
		return made;
	}

	private static Map<String, Long> frequencies(String statement) {
		Map<String, Long> frequencies = new HashMap<>();
		graph().read(tx -> {
			tx.run(CypherStatement.load(statement).text())
				.forEachRemaining(row -> frequencies.put(row.get("stem").asString(), row.get("count").asLong()));
			return null;
		});
		return frequencies;
	}

	private static Map<String, Double> linkScores() {
		Map<String, Double> scores = new HashMap<>();
		graph().read(tx -> {
			tx.run(CypherStatement.load("test/similar-link-scores").text())
				.forEachRemaining(row -> scores.put(row.get("pair").asString(), row.get("score").asDouble()));
			return null;
		});
		return scores;
	}

	private static StorySettings windowsOf(int articles) {
		StorySettings defaults = StorySettings.defaults();
		return new StorySettings(defaults.threshold(), defaults.cohesion(), defaults.centroid(),
				defaults.distinctNames(), defaults.similarThreshold(), defaults.sameEventDays(), defaults.decayDays(),
				defaults.windowDays(), articles, defaults.relatedBoost(), defaults.imageBoost(),
				defaults.nearDuplicate(), defaults.syndicated(), defaults.blockingTerms(), defaults.blockNeighbours(),
				defaults.topTerms(), defaults.algorithm());
	}

	private static Set<String> storyMemberships() {
		List<String> stories = graph().read(tx -> tx.run(CypherStatement.load("test/story-memberships").text())
			.list(row -> row.get("story").asString()));
		return new TreeSet<>(stories);
	}

	private static Set<String> storyIds() {
		List<String> ids = graph()
			.read(tx -> tx.run(CypherStatement.load("test/story-ids").text()).list(row -> row.get("id").asString()));
		return new TreeSet<>(ids);
	}

	/**
	 * Each story that has a seed article, as its outlets' domains (Biometric Update, with
	 * two stories, followed by its headline's first words).
	 */
	private static Set<String> storiesOfSeedOutlets() {
		List<String> stories = graph()
			.read(tx -> tx.run(STORIES_BY_OUTLET.text()).list(row -> row.get("story").asString()));
		return new TreeSet<>(stories);
	}

}
