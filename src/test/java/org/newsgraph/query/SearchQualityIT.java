package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.analysis.evaluation.StoryLabels;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.DocumentLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Search by meaning measured on real documents with human labels (the seeds and the
 * everyday-ai corpus): "more like this" brings back an article's story, and queries in
 * other words than their story's find it. The figures are printed for the README; the
 * floors sit under what was measured, so that a change that loses quality fails.
 */
class SearchQualityIT extends Neo4jTestBase {

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	private static final Path LABELS = Path.of("src/test/resources/labels/dev.csv");

	private static final Path PARAPHRASES = Path.of("src/test/resources/search/paraphrase-queries.yml");

	private static ApplicationContext embedding;

	/** Loaded and embedded once for all tests, which only read. */
	@BeforeAll
	static void loadTheLabelledDocumentsAndEmbedThem() {
		deleteEverything();
		Map<String, Object> settings = new LinkedHashMap<>(testServerProperties());
		settings.put("newsgraph.embeddings.enabled", true);
		embedding = ApplicationContext.run(settings, Environment.TEST);
		embedding.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS, CORPUS));
		embedding.getBean(GraphAnalysis.class).update();
		embedding.getBean(GraphEmbeddings.class).embedPending(AnalysisProgress.Listener.NONE);
	}

	@AfterAll
	static void stopIt() {
		embedding.close();
	}

	/** Instead of emptying the graph before each test. */
	@Override
	protected void emptyTheGraph() {
	}

	@Test
	void similarArticlesBringBackTheirStoryAtLeastAsWellAsTheNeighboursByWords() {
		Map<String, Set<String>> stories = labelledStories();
		double byMeaning = recallAtFive(stories, false);
		double byWords = recallAtFive(stories, true);
		System.out.printf(Locale.ROOT, "similar articles, recall@5 on the dev labels: by meaning %.3f, by words %.3f%n",
				byMeaning, byWords);

		assertThat(byMeaning).isGreaterThanOrEqualTo(byWords).isGreaterThan(0.85);
	}

	@Test
	void queriesInOtherWordsThanTheirStoryFindItByMeaningAndBothBetterThanByWords() throws IOException {
		List<Paraphrase> queries = paraphrases();
		Map<SearchMode, Double> hits = new LinkedHashMap<>();
		for (SearchMode mode : SearchMode.values()) {
			hits.put(mode, queries.stream().filter(query -> foundInTheFirstFive(query, mode)).count()
					/ (double) queries.size());
		}
		System.out.printf(Locale.ROOT, "paraphrase queries (%d), hit@5: %s%n", queries.size(), hits);

		assertThat(hits.get(SearchMode.HYBRID)).isGreaterThanOrEqualTo(hits.get(SearchMode.TEXT))
			.isGreaterThanOrEqualTo(0.55);
		assertThat(hits.get(SearchMode.SEMANTIC)).isGreaterThanOrEqualTo(0.55);
	}

	/**
	 * Where words find a story, meaning must not push it out: a query of the first four
	 * longer words of one of each labelled story's titles.
	 */
	@Test
	void queriesInTheirStorysOwnWordsAreFoundByBothAsWellAsByWords() {
		Map<String, Set<String>> stories = StoryLabels.read(LABELS)
			.labels()
			.stream()
			.collect(Collectors.groupingBy(StoryLabels.Label::story,
					Collectors.mapping(label -> articleId(label.url()), Collectors.toSet())));
		List<Paraphrase> queries = stories.values().stream().map(story -> {
			String title = embedding.getBean(ArticleQueries.class).byId(story.iterator().next()).title();
			String words = Arrays.stream(title.split("[^\\p{L}]+"))
				.filter(word -> word.length() > 3)
				.limit(4)
				.collect(Collectors.joining(" "));
			return new Paraphrase(words, List.copyOf(story));
		}).filter(query -> query.query().contains(" ")).toList();
		double byWords = queries.stream().filter(query -> foundInTheFirstFive(query, SearchMode.TEXT)).count()
				/ (double) queries.size();
		double byBoth = queries.stream().filter(query -> foundInTheFirstFive(query, SearchMode.HYBRID)).count()
				/ (double) queries.size();
		System.out.printf(Locale.ROOT, "queries in their story's own words (%d), hit@5: text %.3f, hybrid %.3f%n",
				queries.size(), byWords, byBoth);

		assertThat(byBoth).isGreaterThanOrEqualTo(byWords).isGreaterThan(0.9);
	}

	private double recallAtFive(Map<String, Set<String>> stories, boolean byWords) {
		SimilarArticles similar = embedding.getBean(SimilarArticles.class);
		long found = 0;
		long findable = 0;
		for (Set<String> story : stories.values()) {
			for (String article : story) {
				Set<String> others = new LinkedHashSet<>(story);
				others.remove(article);
				findable += Math.min(5, others.size());
				found += similar.of(article, 5, byWords)
					.stream()
					.filter(neighbour -> others.contains(neighbour.article().id()))
					.count();
			}
		}
		return found / (double) findable;
	}

	private boolean foundInTheFirstFive(Paraphrase query, SearchMode mode) {
		Set<String> expected = query.expect()
			.stream()
			.map(idOrUrl -> idOrUrl.startsWith("http") ? articleId(idOrUrl) : idOrUrl)
			.collect(Collectors.toSet());
		return embedding.getBean(SearchQueries.class)
			.search(query.query(), mode, 5)
			.articles()
			.stream()
			.anyMatch(found -> expected.contains(found.article().id()));
	}

	/** The labelled stories of more than one article, as the ids of their articles. */
	private Map<String, Set<String>> labelledStories() {
		Map<String, Set<String>> stories = StoryLabels.read(LABELS)
			.labels()
			.stream()
			.collect(Collectors.groupingBy(StoryLabels.Label::story,
					Collectors.mapping(label -> articleId(label.url()), Collectors.toCollection(LinkedHashSet::new))));
		stories.values().removeIf(story -> story.size() < 2);
		return stories;
	}

	private String articleId(String url) {
		return embedding.getBean(ArticleQueries.class).byUrl(url).id();
	}

	@SuppressWarnings("unchecked")
	private static List<Paraphrase> paraphrases() throws IOException {
		try (Reader reader = Files.newBufferedReader(PARAPHRASES)) {
			List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return entries.stream()
				.map(entry -> new Paraphrase((String) entry.get("query"), (List<String>) entry.get("expect")))
				.toList();
		}
	}

	/**
	 * @param expect the URLs or ids of the story's articles
	 */
	private record Paraphrase(String query, List<String> expect) {
	}

}
