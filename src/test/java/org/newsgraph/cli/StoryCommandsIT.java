package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

	private JsonNode evaluate(String labels) throws IOException {
		Run evaluate = newsgraph("evaluate", "--labels", labels, "--json");
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
