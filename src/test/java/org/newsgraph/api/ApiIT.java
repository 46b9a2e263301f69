package org.newsgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.FreePorts;
import org.newsgraph.SeedGraph;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.graph.DocumentLoader;

/**
 * The whole app in its default mode: embedded Neo4j in a data folder, Bolt and Browser on
 * loopback, the API.
 */
class ApiIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final int BOLT_PORT = FreePorts.next();

	private static final int BROWSER_PORT = FreePorts.next();

	private static EmbeddedServer server;

	private static Path dataDir;

	@BeforeAll
	static void startTheAppAndLoadTheSeeds() throws IOException {
		dataDir = Files.createTempDirectory("newsgraph-api-it");
		server = ApplicationContext
			.run(EmbeddedServer.class,
					Map.of("newsgraph.embedded.data-dir", dataDir.toString(), "newsgraph.embedded.bolt-port", BOLT_PORT,
							"newsgraph.embedded.http-port", BROWSER_PORT, "micronaut.server.port", -1),
					Environment.TEST);
		server.getApplicationContext().getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));
		server.getApplicationContext().getBean(GraphAnalysis.class).update();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void articlesMatchingAFullTextQueryComeBestMatchFirstAndABrokenQueryIsABadRequest() throws Exception {
		JsonNode page = json(get("/api/articles?text=" + URLEncoder.encode("Liberty AND ban", StandardCharsets.UTF_8)),
				200);
		assertThat(page.get("total").getLongValue()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("outlet").get("domain").getStringValue()).isEqualTo("diginomica.com");

		JsonNode ranked = json(get("/api/articles?size=3&text=" + URLEncoder.encode("facial", StandardCharsets.UTF_8)),
				200);
		assertThat(ranked.get("total").getLongValue()).isGreaterThan(3);
		assertThat(ranked.get("items").size()).isEqualTo(3);

		JsonNode problem = problem(get("/api/articles?text=%22unclosed"), 400);
		assertThat(problem.get("detail").getStringValue()).startsWith("text: not a valid Lucene query: ");
	}

	@Test
	void articlesArePagedNewestFirst() throws Exception {
		JsonNode page = json(get("/api/articles?size=5"), 200);

		assertThat(page.get("total").getLongValue()).isEqualTo(14);
		assertThat(page.get("size").getIntValue()).isEqualTo(5);
		assertThat(page.get("items").size()).isEqualTo(5);
		JsonNode newest = page.get("items").get(0);
		assertThat(newest.get("title").getStringValue())
			.isEqualTo("MPs call for 'immediate stop' to live facial recognition");
		assertThat(newest.get("publishedAt").getStringValue()).isEqualTo("2023-10-06T19:02:00Z");
		assertThat(newest.get("outlet").get("domain").getStringValue()).isEqualTo("express.co.uk");
	}

	@Test
	void theLastPageHoldsWhatIsLeft() throws Exception {
		JsonNode page = json(get("/api/articles?page=2&size=5"), 200);

		assertThat(page.get("items").size()).isEqualTo(4);
	}

	@Test
	void anArticleIsFoundByItsIdWithItsOutletTopicsRelatedArticlesAndSources() throws Exception {
		String id = json(get("/api/articles?size=1"), 200).get("items").get(0).get("id").getStringValue();

		JsonNode article = json(get("/api/articles/" + id), 200);

		assertThat(article.get("outlet").get("name").getStringValue()).isEqualTo("Daily Express");
		assertThat(article.get("topics").size()).isEqualTo(2);
		assertThat(article.get("related").size()).isEqualTo(1);
		assertThat(article.get("related").get(0).get("url").getStringValue()).contains("morningstaronline.co.uk");
		assertThat(article.get("sources").get(0).get("role").getStringValue()).isEqualTo("main");
		assertThat(article.get("sources").get(0).get("path").getStringValue()).endsWith("000_7df6ec0e15e5056b.txt");
		assertThat(article.get("quality").getLongValue()).isEqualTo(19);
		assertThat(article.get("published").getBooleanValue()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"https://diginomica-com.cdn.ampproject.org/c/s/diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp",
			"https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp",
			"https://DIGINOMICA.com/campaigners-call-ban-use-facial-recognition-tech-uk?utm_source=twitter#top" })
	void anArticleIsFoundByAnyUrlItWasSeenUnder(String url) throws Exception {
		JsonNode article = json(get("/api/articles/lookup?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)), 200);

		assertThat(article.get("url").getStringValue())
			.isEqualTo("https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk");
		assertThat(article.get("urls").size()).isEqualTo(3);
	}

	@Test
	void aUrlNoArticleWasSeenUnderIsANotFoundProblem() throws Exception {
		problem(get("/api/articles/lookup?url=https%3A%2F%2Fexample.org%2Fnothing"), 404);
	}

	@Test
	void anUnknownArticleIsANotFoundProblem() throws Exception {
		HttpResponse<String> response = get("/api/articles/00000000000000000000");

		JsonNode problem = problem(response, 404);
		assertThat(problem.get("detail").getStringValue()).isEqualTo("No article with id '00000000000000000000'");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/articles?size=0", "/api/articles?size=101", "/api/articles?size=-1",
			"/api/articles?page=-1", "/api/articles?page=abc", "/api/articles?size=99999999999999999999",
			"/api/articles/not-an-id", "/api/articles/%27%20OR%201=1%20%7D", "/api/outlets?size=1000",
			"/api/articles/lookup", "/api/articles/lookup?url=", "/api/articles/lookup?url=javascript%3Aalert(1)",
			"/api/articles/lookup?url=%27%20OR%201%3D1%20%7D", "/api/stories?sort=alphabetical",
			"/api/stories?from=2021-13-01", "/api/stories?from=2021-09-01&to=2021-08-01",
			"/api/stories?text=%22unbalanced", "/api/stories?text=AND", "/api/stories?minOutlets=0",
			"/api/stories/not-a-story-id", "/api/outlets/overlap?a=express.co.uk",
			"/api/outlets/overlap?a=express.co.uk&b=express.co.uk", "/api/outlets/overlap?a=%27%7D&b=sky.com",
			"/api/outlets/express.co.uk/similar?measure=cosine", "/api/outlets/express.co.uk/similar?k=0",
			"/api/outlets/Express%20co", "/api/network/outlets?format=pdf", "/api/network/outlets?minWeight=0",
			"/api/network/organisations?maxNodes=100000", "/api/network/outlets?from=2023-01-01&to=2021-01-01",
			"/api/campaigns/Not%20An%20Id", "/api/campaigns/uk-live-facial-recognition/timeline?interval=year" })
	void aBadParameterIsABadRequestProblemThatSaysWhatIsWrong(String path) throws Exception {
		JsonNode problem = problem(get(path), 400);

		assertThat(problem.get("detail").getStringValue()).isNotBlank().doesNotContain("Exception");
	}

	@Test
	void aStoryQueryLuceneCannotParseIsABadRequestThatSaysWhere() throws Exception {
		JsonNode problem = problem(get("/api/stories?text=%22open%20letter"), 400);

		assertThat(problem.get("detail").getStringValue()).startsWith("text: not a valid Lucene query: ")
			.contains("column");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/outlets/no-such-outlet.example", "/api/outlets/no-such-outlet.example/similar",
			"/api/outlets/overlap?a=express.co.uk&b=no-such-outlet.example", "/api/campaigns/no-such-campaign",
			"/api/campaigns/no-such-campaign/timeline" })
	void anUnknownOutletOrCampaignIsANotFoundProblem(String path) throws Exception {
		assertThat(problem(get(path), 404).get("detail").getStringValue()).startsWith("No ");
	}

	@Test
	void twoOutletsAreComparedOnTheStoriesTheyShareWithWhoWasFirst() throws Exception {
		JsonNode overlap = json(get("/api/outlets/overlap?a=express.co.uk&b=morningstaronline.co.uk"), 200);

		assertThat(overlap.get("sharedStories").getLongValue()).isEqualTo(1);
		assertThat(overlap.get("jaccard").getDoubleValue()).isEqualTo(1.0);
		assertThat(overlap.get("overlapCoefficient").getDoubleValue()).isEqualTo(1.0);
		assertThat(overlap.get("firstMover").get("bFirst").getLongValue()).isEqualTo(1);
	}

	@Test
	void theCoCoverageNetworkDownloadsAsGexfGraphMlAndCsvFiles() throws Exception {
		HttpResponse<String> gexf = get("/api/network/outlets?format=gexf");
		assertThat(gexf.statusCode()).isEqualTo(200);
		assertThat(gexf.headers().firstValue("Content-Type")).hasValue("application/gexf+xml");
		assertThat(gexf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"outlets.gexf\"");
		assertThat(gexf.body()).contains("<gexf xmlns=\"http://gexf.net/1.3\"", "express.co.uk");
		HttpResponse<String> graphMl = get("/api/network/organisations?format=graphml");
		assertThat(graphMl.headers().firstValue("Content-Type")).hasValue("application/graphml+xml");
		assertThat(graphMl.body()).contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"");
		HttpResponse<String> csv = get("/api/network/outlets?format=csv");
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv");
		assertThat(csv.body()).startsWith("Source,Target,Weight,");
		JsonNode network = json(get("/api/network/outlets"), 200);
		assertThat(strings(network.get("nodes"), "id")).contains("express.co.uk", "morningstaronline.co.uk");
	}

	@Test
	void theSeedsCampaignHasAMonthlyTimelineFromAugust2021ToOctober2023() throws Exception {
		JsonNode timeline = json(get("/api/campaigns/uk-live-facial-recognition/timeline?interval=month"), 200);

		JsonNode periods = timeline.get("periods");
		assertThat(periods.get(0).get("start").getStringValue()).isEqualTo("2021-08-01");
		assertThat(periods.get(periods.size() - 1).get("start").getStringValue()).isEqualTo("2023-10-01");
		assertThat(timeline.get("interval").getStringValue()).isEqualTo("month");
		JsonNode campaigns = json(get("/api/campaigns"), 200);
		assertThat(strings(campaigns.get("items"), "id")).contains("uk-live-facial-recognition");
	}

	/**
	 * Without sentence vectors a story's similar stories come from its articles' links by
	 * words; the query once answered twice, the first time with none.
	 */
	@Test
	void storiesWithoutVectorsListTheirSimilarStoriesByWords() throws Exception {
		JsonNode stories = json(get("/api/stories?size=100"), 200).get("items");
		long withSimilar = 0;
		for (JsonNode story : stories.values()) {
			JsonNode detail = json(get("/api/stories/" + story.get("id").getStringValue()), 200);
			withSimilar += detail.get("similarStories") == null ? 0 : 1;
		}

		assertThat(withSimilar).isPositive();
	}

	@Test
	void anUnknownStoryIsANotFoundProblem() throws Exception {
		JsonNode problem = problem(get("/api/stories/00000000000000000000"), 404);

		assertThat(problem.get("detail").getStringValue()).isEqualTo("No story with id '00000000000000000000'");
	}

	@Test
	void everyArticleIsInOneStoryAndStoriesAreListedLargestFirst() throws Exception {
		JsonNode stories = json(get("/api/stories?size=100"), 200).get("items");

		List<Long> sizes = longs(stories, "articleCount");
		assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(14);
		assertThat(sizes).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(strings(stories, "headline")).allSatisfy(headline -> assertThat(headline).isNotBlank());
	}

	@Test
	void storiesSortedByRecencyHaveTheLatestCoverageFirst() throws Exception {
		JsonNode stories = json(get("/api/stories?sort=recency&size=100"), 200).get("items");

		assertThat(strings(stories, "lastPublishedAt")).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void anArticleShowsItsStoryWhichListsItsArticlesInPublicationOrderWithItsFirstPublisherAndTimeline()
			throws Exception {
		String articleId = json(get("/api/articles?size=1"), 200).get("items").get(0).get("id").getStringValue();
		String storyId = json(get("/api/articles/" + articleId), 200).get("story").get("id").getStringValue();

		JsonNode story = json(get("/api/stories/" + storyId), 200);

		JsonNode articles = story.get("articles");
		assertThat(strings(articles, "id")).contains(articleId).hasSize(story.get("articleCount").getIntValue());
		assertThat(strings(articles, "publishedAt")).isSorted();
		assertThat(story.get("firstPublisher").get("domain").getStringValue())
			.isEqualTo(articles.get(0).get("outlet").get("domain").getStringValue());
		assertThat(longs(story.get("timeline"), "articles").stream().mapToLong(Long::longValue).sum())
			.isEqualTo(story.get("articleCount").getLongValue());
		assertThat(strings(story.get("timeline"), "day")).isSorted();
	}

	@Test
	void theDocumentedExampleStoryIsTheSeedsCallOfMpsAndPeers() throws Exception {
		JsonNode story = json(get("/api/stories/556842a8e9d65e59895d"), 200);

		assertThat(strings(story.get("articles"), "url")).containsExactlyInAnyOrder(
				"https://www.express.co.uk/news/politics/1820935/live-facial-recognition-stop-mps",
				"https://morningstaronline.co.uk/article/b/mps-and-peers-call-immediate-stop-use-live-facial-recognition");
		assertThat(get("/swagger/newsgraph.yml").body()).contains("example: 556842a8e9d65e59895d");
	}

	@Test
	void storiesAreFoundByOutletAndDate() throws Exception {
		String expressArticle = json(get("/api/articles?size=1"), 200).get("items").get(0).get("id").getStringValue();
		String expressStory = json(get("/api/articles/" + expressArticle), 200).get("story").get("id").getStringValue();

		JsonNode inOctober2023 = json(get("/api/stories?outlet=express.co.uk&from=2023-10-01&to=2023-10-31"), 200);
		JsonNode inAugust2021 = json(get("/api/stories?outlet=express.co.uk&from=2021-08-01&to=2021-08-31"), 200);

		assertThat(strings(inOctober2023.get("items"), "id")).containsExactly(expressStory);
		assertThat(inAugust2021.get("total").getLongValue()).isZero();
	}

	@Test
	void storiesAreFoundByTheWordsOfTheirArticlesAndByHowManyOutletsCoveredThem() throws Exception {
		JsonNode delhi = json(
				get("/api/stories?text=" + URLEncoder.encode("delhi AND policing", StandardCharsets.UTF_8)), 200);
		JsonNode widelyCovered = json(get("/api/stories?minOutlets=2&size=100"), 200);

		assertThat(delhi.get("total").getLongValue()).isEqualTo(1);
		String delhiStory = delhi.get("items").get(0).get("id").getStringValue();
		assertThat(strings(json(get("/api/stories/" + delhiStory), 200).get("articles"), "title"))
			.anySatisfy(title -> assertThat(title).containsIgnoringCase("delhi"));
		assertThat(longs(widelyCovered.get("items"), "outletCount")).isNotEmpty()
			.allSatisfy(outlets -> assertThat(outlets).isGreaterThanOrEqualTo(2));
	}

	@Test
	void anUnknownPathIsANotFoundProblem() throws Exception {
		problem(get("/api/nothing-here"), 404);
	}

	@Test
	void outletsAreListedMostProlificFirst() throws Exception {
		JsonNode page = json(get("/api/outlets"), 200);

		assertThat(page.get("total").getLongValue()).isEqualTo(13);
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("domain").getStringValue()).isEqualTo("biometricupdate.com");
		assertThat(first.get("articles").getLongValue()).isEqualTo(2);
	}

	@Test
	void theOpenApiDocumentDescribesEveryEndpointItsLimitsAndItsErrors() throws Exception {
		HttpResponse<String> document = get("/swagger/newsgraph.yml");

		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.body()).contains("/api/articles:", "/api/articles/{id}:", "/api/articles/lookup:",
				"/api/outlets:", "/api/stories:", "/api/stories/{id}:", "operationId: listStories",
				"/api/outlets/overlap:", "/api/network/outlets:", "/api/campaigns/{id}/timeline:",
				"operationId: getSimilarOutlets", "operationId: listArticles", "maximum: 100",
				"application/problem+json", "\"404\":", "\"503\":", "example: 664e61e3c94593aa7203");
	}

	@Test
	void swaggerUiIsServedWithNothingFetchedFromTheInternet() throws Exception {
		HttpResponse<String> page = get("/swagger-ui/index.html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui", "/swagger/newsgraph.yml")
			.doesNotContain("src=\"http", "href=\"http");
		assertThat(get("/swagger-ui/res/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
	}

	@Test
	void readsCarryAnEntityTagAndARevalidationWithItIsNotModified() throws Exception {
		HttpResponse<String> first = get("/api/articles?size=3");
		String entityTag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = HTTP
			.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/articles?size=3"))
				.header("If-None-Match", entityTag)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(get("/api/articles?size=4").headers().firstValue("ETag")).isNotEqualTo(Optional.of(entityTag));
	}

	@Test
	void theNeo4jBrowserGuideIsServedToBrowserOnLoopbackOnly() throws Exception {
		HttpResponse<String> fromBrowser = HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/guide"))
			.header("Origin", "http://localhost:" + BROWSER_PORT)
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> fromElsewhere = HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/guide"))
			.header("Origin", "https://evil.example")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(fromBrowser.statusCode()).isEqualTo(200);
		assertThat(fromBrowser.headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue("http://localhost:" + BROWSER_PORT);
		assertThat(fromBrowser.body().split("<slide ", -1)).hasSize(24);
		assertThat(fromBrowser.body()).contains("MATCH (a:Article {id: $id})", "CO_COVERS",
				"Where every fact came from", "A campaign, its press and its organisations",
				"CALL db.index.fulltext.queryNodes");
		assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void theWebPageIsServedWithAPolicyThatAllowsOnlyItsOwnScriptsAndServer() throws Exception {
		HttpResponse<String> page = get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<title>newsgraph</title>");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
			.contains("script-src 'self';", "connect-src 'self';", "frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void livenessSaysTheProcessLivesAndReadinessThatNeo4jAnswers() throws Exception {
		JsonNode liveness = json(get("/health/liveness"), 200);
		JsonNode readiness = json(get("/health/readiness"), 200);

		assertThat(liveness.get("status").getStringValue()).isEqualTo("UP");
		assertThat(readiness.get("status").getStringValue()).isEqualTo("UP");
		assertThat(readiness.get("details").get("neo4j").get("status").getStringValue()).isEqualTo("UP");
	}

	/**
	 * Every endpoint, every parameter, hostile values: an answer is a success, a 304 or a
	 * client error as a problem document, never a server error. All failures are listed
	 * at once.
	 */
	@Test
	void everyParameterOfEveryEndpointAnswersHostileValuesWithoutAServerError() throws Exception {
		Map<String, List<String>> endpoints = new LinkedHashMap<>();
		endpoints.put("/api/articles", List.of("page", "size", "text"));
		endpoints.put("/api/articles/lookup", List.of("url"));
		endpoints.put("/api/articles/{}", List.of());
		endpoints.put("/api/outlets", List.of("page", "size"));
		endpoints.put("/api/outlets/{}", List.of());
		endpoints.put("/api/outlets/{}/similar", List.of("measure", "k"));
		endpoints.put("/api/outlets/overlap", List.of("a", "b", "limit"));
		endpoints.put("/api/stories",
				List.of("text", "topic", "outlet", "from", "to", "minOutlets", "sort", "page", "size"));
		endpoints.put("/api/stories/{}", List.of());
		endpoints.put("/api/network/outlets",
				List.of("format", "campaign", "topic", "from", "to", "minWeight", "maxNodes"));
		endpoints.put("/api/network/organisations", List.of("format", "campaign", "from", "minWeight", "maxNodes"));
		endpoints.put("/api/campaigns", List.of("page", "size"));
		endpoints.put("/api/campaigns/{}", List.of());
		endpoints.put("/api/campaigns/{}/timeline", List.of("interval"));
		List<String> hostile = List.of("-1", "0", "99999999999999999999", "1e309", "NaN", "abc", "' OR 1=1 //",
				"}) MATCH (n) DETACH DELETE n //", "\"", "\\", "}", "$param", "../../etc/passwd", "2021-02-30",
				"${jndi:ldap://example.org/x}", "<script>alert(1)</script>", "\u202E\u200B", "\u0000",
				"x".repeat(3_000));
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		for (Map.Entry<String, List<String>> endpoint : endpoints.entrySet()) {
			for (String value : hostile) {
				String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
				List<String> paths = new ArrayList<>();
				if (endpoint.getKey().contains("{}")) {
					paths.add(endpoint.getKey().replace("{}", encoded));
				}
				String base = endpoint.getKey().replace("{}", "sky.com");
				endpoint.getValue().forEach(parameter -> paths.add(base + "?" + parameter + "=" + encoded));
				for (String path : paths) {
					HttpResponse<String> response = get(path);
					statuses.merge(response.statusCode(), 1, Integer::sum);
					String type = response.headers().firstValue("Content-Type").orElse("");
					if (response.statusCode() >= 500
							|| response.statusCode() >= 400 && !type.equals("application/problem+json")) {
						failures.add(response.statusCode() + " " + type + " "
								+ path.substring(0, Math.min(path.length(), 120)));
					}
				}
			}
		}
		System.out.printf("ApiIT: hostile requests by status: %s%n", statuses);
		assertThat(failures).as("answers that were server errors or not problem documents").isEmpty();
		assertThat(statuses).as("most hostile values are refused").containsKey(400);
	}

	@Test
	void healthReportsTheEmbeddedNeo4j() throws Exception {
		JsonNode health = json(get("/health"), 200);

		assertThat(health.get("status").getStringValue()).isEqualTo("UP");
		JsonNode neo4j = health.get("details").get("neo4j");
		assertThat(neo4j.get("status").getStringValue()).isEqualTo("UP");
		assertThat(neo4j.get("details").get("mode").getStringValue()).isEqualTo("embedded");
		assertThat(neo4j.get("details").get("server").getStringValue()).contains("5.26");
		assertThat(health.get("details").get("embeddings").get("details").get("state").getStringValue())
			.as("turned off for the tests")
			.isEqualTo("off");
	}

	@Test
	void neo4jBrowserIsServedAndPointedAtTheRightBoltPort() throws Exception {
		HttpResponse<String> browser = HTTP.send(HttpRequest.newBuilder(neo4jHttp("/browser/")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> discovery = HTTP.send(
				HttpRequest.newBuilder(neo4jHttp("/")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.body()).contains("<html");
		assertThat(mapper().readValue(discovery.body(), JsonNode.class).get("bolt_direct").getStringValue())
			.isEqualTo("bolt://localhost:" + BOLT_PORT);
	}

	@Test
	void neo4jBrowserMayPlayGuidesFromLoopbackOnly() throws Exception {
		String query = "{\"statements\":[{\"statement\":\"CALL dbms.clientConfig() YIELD name, value "
				+ "WHERE name = 'browser.remote_content_hostname_whitelist' RETURN value\"}]}";
		String password = Files.readString(dataDir.resolve("neo4j-password")).strip();

		HttpResponse<String> config = HTTP.send(HttpRequest.newBuilder(neo4jHttp("/db/neo4j/tx/commit"))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("neo4j:" + password).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(query))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(config.body()).contains("\"localhost,127.0.0.1\"");
	}

	@Test
	void theEmbeddedNeo4jAnswersNoOneWithoutItsGeneratedPassword() throws Exception {
		String query = "{\"statements\":[{\"statement\":\"MATCH (a:Article) RETURN count(a)\"}]}";

		HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(neo4jHttp("/db/neo4j/tx/commit"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(query))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("Neo.ClientError.Security.Unauthorized");
		assertThat(Files.getPosixFilePermissions(dataDir.resolve("neo4j-password")))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
	}

	private static URI neo4jHttp(String path) {
		return URI.create("http://localhost:" + BROWSER_PORT + path);
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return mapper().readValue(response.body(), JsonNode.class);
	}

	private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response, status);
		assertThat(problem.get("status").getIntValue()).isEqualTo(status);
		assertThat(problem.get("title").getStringValue()).isNotBlank();
		return problem;
	}

	private static List<String> strings(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.values().forEach(item -> values.add(item.get(field).getStringValue()));
		return values;
	}

	private static List<Long> longs(JsonNode array, String field) {
		List<Long> values = new ArrayList<>();
		array.values().forEach(item -> values.add(item.get(field).getLongValue()));
		return values;
	}

	private static JsonMapper mapper() {
		return server.getApplicationContext().getBean(JsonMapper.class);
	}

}
