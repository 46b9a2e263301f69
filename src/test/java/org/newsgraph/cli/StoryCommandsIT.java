package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.cli.Cli.Run;

/**
 * The story commands as scripts use them: {@code load} forms stories, {@code evaluate}
 * measures them against human labels (the development labels, with a floor), and
 * {@code recluster} forms them all again.
 */
class StoryCommandsIT extends Neo4jTestBase {

	private static final String CORPUS = "src/test/resources/corpus/everyday-ai";

	private static final String DEVELOPMENT_LABELS = "src/test/resources/labels/dev.csv";

	private static final String DENSE_NEWS_DAY = "src/test/resources/corpus/uci-news-2014-03-10-dev.jsonl";

	private static final String DENSE_NEWS_DAY_LABELS = "src/test/resources/labels/uci-2014-03-10-dev.csv";

	@Test
	void storiesFormedOnLoadMatchTheDevelopmentLabelsAboveTheFloor() throws IOException {
		Run load = newsgraph("load", SeedGraph.SEEDS.toString(), CORPUS);

		JsonNode figures = evaluate(DEVELOPMENT_LABELS);

		assertThat(load.out()).contains("Stories: ");
		assertThat(figures.get("labelled_articles").getIntValue()).isEqualTo(108);
		assertThat(figures.get("labelled_stories").getIntValue()).isEqualTo(82);
		assertThat(figures.get("missing").size()).isZero();
		assertThat(figures.get("bcubed_f1").getDoubleValue()).isGreaterThanOrEqualTo(0.97);
		assertThat(figures.get("pairwise_f1").getDoubleValue()).isGreaterThanOrEqualTo(0.93);
	}

	/**
	 * How close each labelled article's nearest article of another story comes: on the
	 * development labels most have none within reach of a link, and a few come past the
	 * story threshold (BENCHMARKS.md, "Topical neighbours").
	 */
	@Test
	void theNeighboursOfTheDevelopmentLabelsAreMeasuredFromTheLinksTheClusteringWrote() throws IOException {
		newsgraph("load", SeedGraph.SEEDS.toString(), CORPUS);

		JsonNode neighbours = evaluate(DEVELOPMENT_LABELS, "--neighbours").get("neighbours");
		Run text = newsgraph("evaluate", "--labels", DEVELOPMENT_LABELS, "--neighbours");

		JsonNode otherStory = neighbours.get("other_labelled_story");
		JsonNode outside = neighbours.get("outside_story");
		assertThat(neighbours.get("window_days").getDoubleValue()).isEqualTo(7.0);
		assertThat(otherStory.get("articles").getIntValue()).isEqualTo(108);
		assertThat(otherStory.get("share_from_story_threshold").getDoubleValue()).isBetween(0.01, 0.1);
		assertThat(outside.get("share_from_similar_threshold").getDoubleValue())
			.isGreaterThan(otherStory.get("share_from_similar_threshold").getDoubleValue());
		assertThat(otherStory.get("histogram").size()).isEqualTo(6);
		assertThat(text.out()).contains("B-cubed F1:", "to an article of another labelled story (108 articles)",
				"from 0.17 (story threshold)");
	}

	/**
	 * The generated corpus at the density of a million documents over three years (1,000
	 * a day) is as hard as real news, not easier nor much harder: its articles' best
	 * scores to another story spread as the development labels' do.
	 */
	@Test
	void aGeneratedCorpusAtTheDensityOfAMillionHasTopicalNeighboursAsRealNewsDoes(@TempDir Path folder)
			throws IOException {
		Path corpus = folder.resolve("dense.jsonl");
		Run generate = newsgraph("bench", "generate", "--docs", "3000", "--days", "3", "--seed", "7", "--out",
				corpus.toString());
		assertThat(generate.exitCode()).as(generate.err()).isZero();
		newsgraph("load", corpus.toString());

		JsonNode figures = evaluate(folder.resolve("dense.labels.csv").toString(), "--neighbours");

		JsonNode otherStory = figures.get("neighbours").get("other_labelled_story");
		assertThat(otherStory.get("share_from_similar_threshold").getDoubleValue()).isBetween(0.1, 0.4);
		assertThat(otherStory.get("share_from_story_threshold").getDoubleValue()).isBetween(0.02, 0.12);
		assertThat(figures.get("bcubed_precision").getDoubleValue()).isBetween(0.9, 0.995);
	}

	/**
	 * Google News's stories of a real, dense news day are coarse (one story holds a day
	 * of articles about one company), so they measure precision: whether stories join
	 * headlines about different events, as two bankruptcy filings on one day. Recall is
	 * held to a floor only so that precision is not bought by splitting everything.
	 */
	@Test
	void storiesOfADenseNewsDayKeepApartWhatGoogleNewsKeptApart() throws IOException {
		newsgraph("load", DENSE_NEWS_DAY);

		JsonNode figures = evaluate(DENSE_NEWS_DAY_LABELS);

		assertThat(figures.get("labelled_articles").getIntValue()).isEqualTo(2413);
		assertThat(figures.get("missing").size()).isZero();
		assertThat(figures.get("bcubed_precision").getDoubleValue()).isGreaterThanOrEqualTo(0.93);
		assertThat(figures.get("bcubed_recall").getDoubleValue()).isGreaterThanOrEqualTo(0.55);
	}

	private JsonNode evaluate(String labels, String... options) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("evaluate", "--labels", labels, "--json"));
		arguments.addAll(List.of(options));
		Run evaluate = newsgraph(arguments.toArray(String[]::new));
		assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
		System.out.println("evaluate on " + labels + ": " + evaluate.out());
		return context.getBean(JsonMapper.class)
			.readValue(evaluate.out().getBytes(StandardCharsets.UTF_8), JsonNode.class);
	}

	@Test
	void labelledArticlesThatAreNotInTheGraphAreListedAndScoredAsStoriesOfTheirOwn(@TempDir Path folder)
			throws IOException {
		Path labels = Files.writeString(folder.resolve("labels.csv"),
				"""
						url,story
						https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps,mps-call
						https://morningstaronline.co.uk/article/b/mps-and-peers-call-immediate-stop-use-live-facial-recognition,mps-call
						https://example.org/never-loaded,mps-call
						""");
		newsgraph("load", SeedGraph.SEEDS.toString());

		Run evaluate = newsgraph("evaluate", "--labels", labels.toString());

		assertThat(evaluate.exitCode()).isZero();
		assertThat(evaluate.out()).contains("Labelled articles:   3 in 1 stories", "Not in the graph:    1",
				"Not in the graph: https://example.org/never-loaded");
	}

	/**
	 * Labels are looked up a page of 10,000 at a time (a million in one transaction went
	 * past Neo4j's memory limit): an article labelled after the first page is found too.
	 */
	@Test
	void labelsBeyondTheFirstPageAreLookedUpToo(@TempDir Path folder) throws IOException {
		StringBuilder labels = new StringBuilder("url,story\n");
		for (int i = 0; i < 10_050; i++) {
			labels.append("https://example.org/never-loaded/").append(i).append(",story-").append(i).append('\n');
		}
		labels.append("https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps,mps-call\n");
		Path file = Files.writeString(folder.resolve("labels.csv"), labels);
		newsgraph("load", SeedGraph.SEEDS.toString());

		JsonNode figures = evaluate(file.toString());

		assertThat(figures.get("labelled_articles").getIntValue()).isEqualTo(10_051);
		assertThat(figures.get("missing").size()).isEqualTo(10_050);
	}

	@Test
	void aMalformedLabelsFileIsNamedWithItsLineAndTheExitCodeIsOne(@TempDir Path folder) throws IOException {
		Path labels = Files.writeString(folder.resolve("labels.csv"), "url,story\nhttps://example.org/a\n");

		Run evaluate = newsgraph("evaluate", "--labels", labels.toString());

		assertThat(evaluate.exitCode()).isEqualTo(ExitCodes.FAILED);
		assertThat(evaluate.err()).contains(labels + ":2: expected 'url,story', found 'https://example.org/a'");
	}

	@Test
	void reclusterFormsEveryStoryAgainFromTheSameArticles() {
		newsgraph("load", SeedGraph.SEEDS.toString());

		Run recluster = newsgraph("recluster");

		assertThat(recluster.exitCode()).isZero();
		assertThat(recluster.out()).contains("formed from 14 articles (14 compared");
	}

	private static Run newsgraph(String... arguments) {
		return Cli.newsgraph(testServerProperties(), arguments);
	}

}
