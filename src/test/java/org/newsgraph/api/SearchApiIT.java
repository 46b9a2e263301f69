package org.newsgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.DocumentLoader;

/** Search by meaning and "more like this" over HTTP, on the seeds given their vectors. */
class SearchApiIT extends Neo4jTestBase {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static EmbeddedServer server;

	/** The seeds, loaded and embedded once for all tests, which only read. */
	@BeforeAll
	static void serveTheSeedsWithTheirSentenceVectors() {
		deleteEverything();
		server = serve(Map.of("newsgraph.embeddings.enabled", true));
		var app = server.getApplicationContext();
		app.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));
		app.getBean(GraphAnalysis.class).update();
		app.getBean(GraphEmbeddings.class).embedPending(AnalysisProgress.Listener.NONE);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	/** Instead of emptying the graph before each test. */
	@Override
	protected void emptyTheGraph() {
	}

	@Test
	void aQueryInOtherWordsFindsTheMpsCallToStopLiveFacialRecognitionByMeaningNotByWords() throws Exception {
		String query = "politicians demand a halt to cameras that identify people in crowds";

		JsonNode byMeaning = json(get("/api/search?mode=semantic&size=3&q=" + encoded(query)), 200);
		JsonNode byBoth = json(get("/api/search?size=3&q=" + encoded(query)), 200);

		assertThat(byMeaning.get("mode").getStringValue()).isEqualTo("semantic");
		assertThat(byBoth.get("mode").getStringValue()).isEqualTo("hybrid");
		assertThat(titles(byMeaning.get("articles"))).anyMatch(title -> title.contains("immediate stop"));
		assertThat(titles(byBoth.get("articles"))).anyMatch(title -> title.contains("immediate stop"));
		assertThat(byBoth.get("stories").values())
			.anyMatch(story -> story.get("story").get("headline").getStringValue().contains("immediate stop"));
	}

	@Test
	void textModeRanksByLucenesScoreAndTakesLuceneSyntax() throws Exception {
		JsonNode found = json(get("/api/search?mode=text&q=" + encoded("Liberty AND ban")), 200);

		assertThat(found.get("mode").getStringValue()).isEqualTo("text");
		assertThat(found.get("articles").size()).isEqualTo(1);
		assertThat(found.get("articles").get(0).get("score").getDoubleValue()).isGreaterThan(1);
		assertThat(problem(get("/api/search?mode=text&q=" + encoded("ban AND")), 400).get("detail").getStringValue())
			.contains("Lucene");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/search?q=ban&mode=fuzzy", "/api/search?q=", "/api/search?q=ban&size=0",
			"/api/articles/0123456789abcdef0123/similar?k=0", "/api/articles/0123456789abcdef0123/similar?by=colour",
			"/api/articles/not-an-id/similar" })
	void aBadSearchOrSimilarityParameterIsABadRequestThatSaysWhatIsWrong(String path) throws Exception {
		assertThat(problem(get(path), 400).get("detail").getStringValue()).isNotBlank();
	}

	@Test
	void theArticleMostLikeTheMpsCallToStopIsTheOtherReportOfIt() throws Exception {
		String id = json(get("/api/search?mode=text&size=1&q=" + encoded("\"MPs call for\"")), 200).get("articles")
			.get(0)
			.get("article")
			.get("id")
			.getStringValue();

		JsonNode byMeaning = json(get("/api/articles/" + id + "/similar?k=3"), 200);
		JsonNode byWords = json(get("/api/articles/" + id + "/similar?k=3&by=words"), 200);

		assertThat(byMeaning.size()).isEqualTo(3);
		assertThat(byMeaning.get(0).get("by").getStringValue()).isEqualTo("meaning");
		assertThat(byMeaning.get(0).get("score").getDoubleValue())
			.isGreaterThanOrEqualTo(byMeaning.get(2).get("score").getDoubleValue());
		assertThat(titles(byMeaning).get(0)).startsWith("MPs and peers call for");
		assertThat(byWords.get(0).get("by").getStringValue()).isEqualTo("words");
	}

	@Test
	void healthSaysTheSentenceVectorsAreCurrent() throws Exception {
		JsonNode embeddings = json(get("/health"), 200).get("details").get("embeddings");

		assertThat(embeddings.get("status").getStringValue()).isEqualTo("UP");
		assertThat(embeddings.get("details").get("state").getStringValue()).isEqualTo("current");
	}

	@Test
	void anUnknownArticleHasNoSimilarArticlesButANotFoundProblem() throws Exception {
		problem(get("/api/articles/0123456789abcdef0123/similar"), 404);
	}

	@Test
	void aStorysSimilarStoriesAreRankedByMeaning() throws Exception {
		JsonNode found = json(get("/api/search?size=1&q=" + encoded("MPs call for immediate stop")), 200);
		String story = found.get("stories").get(0).get("story").get("id").getStringValue();

		JsonNode similar = json(get("/api/stories/" + story), 200).get("similarStories");

		assertThat(similar.size()).isPositive();
		for (JsonNode other : similar.values()) {
			assertThat(other.get("score").getDoubleValue()).isBetween(0.0, 1.0);
			assertThat(other.get("id").getStringValue()).isNotEqualTo(story);
		}
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> titles(JsonNode found) {
		List<String> titles = new ArrayList<>();
		found.values().forEach(hit -> titles.add(hit.get("article").get("title").getStringValue()));
		return titles;
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return server.getApplicationContext().getBean(JsonMapper.class).readValue(response.body(), JsonNode.class);
	}

	private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		return json(response, status);
	}

}
