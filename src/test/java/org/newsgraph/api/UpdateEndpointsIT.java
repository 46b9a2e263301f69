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
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;

/**
 * Changing the graph over HTTP: off without a token, refused without the right one,
 * bounded in size; uploads and reloads land in the graph like loads from the command
 * line, and metrics count them.
 */
class UpdateEndpointsIT extends Neo4jTestBase {

	private static final String TOKEN = "a-token-long-enough-for-tests";

	private static final Path UPLOADS = Path.of("src/test/resources/documents/uploads");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static Path uploadDir;

	private static EmbeddedServer server;

	@BeforeAll
	static void serveWithAToken() throws IOException {
		uploadDir = Files.createTempDirectory("newsgraph-uploads");
		server = serve(Map.of("newsgraph.api.token", TOKEN, "newsgraph.api.upload-dir", uploadDir.toString(),
				"micronaut.server.max-request-size", "64KB", "newsgraph.serve.load", SeedGraph.SEEDS.toString()));
	}

	@BeforeEach
	void noUploadIsKeptYet() throws IOException {
		try (Stream<Path> kept = Files.list(uploadDir)) {
			for (Path file : kept.toList()) {
				Files.delete(file);
			}
		}
	}

	@AfterAll
	static void stopServing() {
		server.close();
	}

	@Test
	void anUploadedDocumentIsLoadedKeptAsAFileAndFoundBySearch() throws Exception {
		HttpResponse<String> uploaded = upload(server, "new-article.md", "text/markdown", TOKEN);

		JsonNode report = json(uploaded, 200);
		assertThat(report.get("load").get("documentsLoaded").getLongValue()).isEqualTo(1);
		assertThat(report.get("storiesFormed").getLongValue()).isEqualTo(1);
		try (Stream<Path> kept = Files.list(uploadDir)) {
			assertThat(kept.map(file -> file.getFileName().toString())).singleElement()
				.satisfies(name -> assertThat(name).matches("[0-9a-f]{32}\\.md"));
		}
		JsonNode found = json(get(server,
				"/api/articles?text=" + URLEncoder.encode("council AND scraps", StandardCharsets.UTF_8), null), 200);
		assertThat(found.get("items").get(0).get("outlet").get("domain").getStringValue())
			.isEqualTo("example-gazette.co.uk");
	}

	@Test
	void aReadAnsweredBeforeAnUploadIsWorkedOutAfreshAfterIt() throws Exception {
		HttpResponse<String> before = get(server, "/api/outlets?size=100", null);
		assertThat(before.body()).doesNotContain("example-gazette.co.uk");
		assertThat(get(server, "/api/outlets?size=100", null).headers().firstValue("ETag"))
			.isEqualTo(before.headers().firstValue("ETag"));

		json(upload(server, "new-article.md", "text/markdown", TOKEN), 200);

		HttpResponse<String> after = get(server, "/api/outlets?size=100", null);
		assertThat(after.body()).contains("example-gazette.co.uk");
		assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
	}

	@Test
	void theSameUploadTwiceChangesNothingTheSecondTime() throws Exception {
		json(upload(server, "new-article.md", "text/markdown", TOKEN), 200);

		JsonNode again = json(upload(server, "new-article.md", "text/markdown", TOKEN), 200);

		assertThat(again.get("load").get("documentsLoaded").getLongValue()).isZero();
		assertThat(again.get("load").get("documentsUnchanged").getLongValue()).isEqualTo(1);
	}

	@Test
	void aRejectedUploadIsUnprocessableWithItsLineAndReasonAndIsNotKept() throws Exception {
		JsonNode problem = problem(upload(server, "outlet-domain-with-a-slash.md", "text/markdown", TOKEN), 422);

		assertThat(problem.get("detail").getStringValue())
			.startsWith("The upload was not loaded: line 6, provider.domain: not a domain name")
			.doesNotContain(uploadDir.toString());
		try (Stream<Path> kept = Files.list(uploadDir)) {
			assertThat(kept.filter(file -> file.toString().endsWith(".md"))).isEmpty();
		}
	}

	@Test
	void aWriteWithoutTheTokenOrWithAnotherIsUnauthorizedWithABearerChallenge() throws Exception {
		HttpResponse<String> without = upload(server, "new-article.md", "text/markdown", null);
		HttpResponse<String> wrong = upload(server, "new-article.md", "text/markdown", TOKEN + "x");

		assertThat(problem(without, 401).get("detail").getStringValue()).contains("Authorization: Bearer");
		assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"newsgraph\"");
		assertThat(problem(wrong, 401).get("detail").getStringValue()).isEqualTo("The token sent is not the API token");
		assertThat(graphArticleCount()).isZero();
	}

	@Test
	void withoutAConfiguredTokenEveryWriteIsForbiddenAndReadsStayOpen() throws Exception {
		try (EmbeddedServer readOnly = serve(Map.of())) {
			for (String path : new String[] { "/api/documents", "/api/reload", "/api/recluster" }) {
				HttpResponse<String> refused = post(readOnly, path, "text/markdown", new byte[] { 'x' }, TOKEN);
				assertThat(problem(refused, 403).get("detail").getStringValue()).contains("NEWSGRAPH_API_TOKEN");
			}
			json(get(readOnly, "/api/articles", null), 200);
		}
	}

	@Test
	void anUploadOverTheRequestLimitIsRefusedBeforeItIsRead() throws Exception {
		byte[] tooLarge = new byte[65 * 1024];

		HttpResponse<String> refused = post(server, "/api/documents", "text/markdown", tooLarge, TOKEN);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
		assertThat(graphArticleCount()).isZero();
	}

	@Test
	void anEmptyUploadOrOneOfAnUnknownTypeIsABadRequest() throws Exception {
		problem(post(server, "/api/documents", "text/markdown", new byte[0], TOKEN), 400);

		assertThat(post(server, "/api/documents", "application/pdf", new byte[] { '%' }, TOKEN).statusCode())
			.isEqualTo(415);
	}

	@Test
	void aReloadLoadsTheServedFoldersAndAReclusterFormsTheStoriesAnew() throws Exception {
		JsonNode reloaded = json(post(server, "/api/reload", "text/plain", new byte[0], TOKEN), 200);
		JsonNode reclustered = json(post(server, "/api/recluster", "text/plain", new byte[0], TOKEN), 200);

		assertThat(reloaded.get("load").get("documentsLoaded").getLongValue()).isEqualTo(5);
		SeedGraph.assertLoaded(graph());
		assertThat(reclustered.get("load")).isNull();
		assertThat(reclustered.get("storiesFormed").getLongValue())
			.isEqualTo(reloaded.get("storiesFormed").getLongValue());
	}

	@Test
	void readsCanBeMadeToNeedTheTokenWhileHealthStaysOpen() throws Exception {
		try (EmbeddedServer guarded = serve(
				Map.of("newsgraph.api.token", TOKEN, "newsgraph.api.protect-reads", true))) {
			problem(get(guarded, "/api/articles", null), 401);
			json(get(guarded, "/api/articles", TOKEN), 200);
			assertThat(get(guarded, "/prometheus", null).statusCode()).isEqualTo(401);
			assertThat(get(guarded, "/health/liveness", null).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void metricsCountTheDocumentsLoadedAndRejectedAndTimeTransactionsAndRequests() throws Exception {
		json(upload(server, "new-article.md", "text/markdown", TOKEN), 200);
		problem(upload(server, "outlet-domain-with-a-slash.md", "text/markdown", TOKEN), 422);

		String metrics = get(server, "/prometheus", null).body();

		assertThat(metrics).containsPattern("newsgraph_documents_total\\{outcome=\"loaded\"} [1-9]")
			.containsPattern("newsgraph_documents_total\\{outcome=\"rejected\"} [1-9]")
			.containsPattern("newsgraph_transactions_seconds_count\\{access=\"write\"} [1-9]")
			.contains("http_server_requests_seconds_count{")
			.contains("uri=\"/api/documents\"");
	}

	private static long graphArticleCount() {
		return graph().read(tx -> tx.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asLong());
	}

	private static HttpResponse<String> upload(EmbeddedServer target, String fixture, String type, String token)
			throws IOException, InterruptedException {
		return post(target, "/api/documents", type, Files.readAllBytes(UPLOADS.resolve(fixture)), token);
	}

	private static HttpResponse<String> post(EmbeddedServer target, String path, String type, byte[] body, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.getURL() + path))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(EmbeddedServer target, String path, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.getURL() + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return server.getApplicationContext().getBean(JsonMapper.class).readValue(response.body(), JsonNode.class);
	}

	private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
		return json(response, status);
	}

}
