package org.newsgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.bench.WrkReport;

/**
 * The main reads driven by {@code wrk} at 32 connections while new documents are uploaded
 * one after another: no read fails, no upload fails, and every uploaded document is in
 * the graph afterwards. Needs {@code wrk} (Debian package {@code wrk}): skipped without
 * it, except where {@code NEWSGRAPH_REQUIRE_WRK=true} (CI) turns the skip into a failure.
 */
class ReadsUnderLoadIT extends Neo4jTestBase {

	private static final String TOKEN = "a-token-long-enough-for-tests";

	private static final Path WRK = Path.of("/usr/bin/wrk");

	private static final Path READS = Path.of("src/main/resources/bench/reads.lua");

	/** The main reads of the seeds, for {@link #READS}. */
	private static final Path SEED_READS = Path.of("src/test/resources/wrk/seed-reads.txt");

	private static final int UPLOADS = 40;

	private static final int CONNECTIONS = 32;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static EmbeddedServer server;

	@TempDir
	Path work;

	@BeforeAll
	static void serveTheSeedsWithWritesOn() throws IOException {
		loadTheSeeds();
		server = serve(Map.of("newsgraph.api.token", TOKEN, "newsgraph.api.upload-dir",
				Files.createTempDirectory("newsgraph-uploads").toString()));
	}

	@AfterAll
	static void stopServing() {
		server.close();
	}

	@Override
	protected void emptyTheGraph() {
	}

	@Test
	void readsAtThirtyTwoConnectionsWhileDocumentsAreUploadedNeitherFailNorLoseADocument() throws Exception {
		boolean required = Boolean.parseBoolean(System.getenv("NEWSGRAPH_REQUIRE_WRK"));
		assertThat(Files.isExecutable(WRK) || !required).as("wrk is required here but %s is missing", WRK).isTrue();
		assumeTrue(Files.isExecutable(WRK), "wrk is not installed (Debian package wrk): reads under load not driven");
		long articlesBefore = articleTotal();
		// Until the server has planned its queries and compiled its code, a request can
		// take seconds: the warm-up run is not judged.
		assertThat(wrk("warm-up", "10s").waitFor(2, TimeUnit.MINUTES)).isTrue();

		Process wrk = wrk("measured", "20s");
		CompletableFuture<List<Integer>> uploads = CompletableFuture.supplyAsync(this::uploadOneAfterAnother);
		assertThat(wrk.waitFor(2, TimeUnit.MINUTES)).isTrue();
		String report = Files.readString(work.resolve("measured.txt"));
		System.out.println("ReadsUnderLoadIT: wrk at " + CONNECTIONS + " connections while uploading:\n" + report);

		assertThat(wrk.exitValue()).as(report).isZero();
		WrkReport figures = WrkReport.parse(report);
		assertThat(figures.errors()).as(report).isZero();
		assertThat(figures.requests()).as(report).isPositive();
		assertThat(uploads.get(2, TimeUnit.MINUTES)).as("each upload's documents loaded").containsOnly(1);
		assertThat(articleTotal()).isEqualTo(articlesBefore + UPLOADS);
	}

	private Process wrk(String run, String duration) throws IOException {
		ProcessBuilder wrk = new ProcessBuilder(WRK.toString(), "-t", "2", "-c", Integer.toString(CONNECTIONS), "-d",
				duration, "--latency", "--timeout", "10s", "-s", READS.toAbsolutePath().toString(),
				server.getURL().toString());
		wrk.environment().put("READS_PATHS", SEED_READS.toAbsolutePath().toString());
		return wrk.redirectErrorStream(true).redirectOutput(work.resolve(run + ".txt").toFile()).start();
	}

	private List<Integer> uploadOneAfterAnother() {
		List<Integer> loaded = new ArrayList<>();
		try {
			for (int i = 0; i < UPLOADS; i++) {
				HttpResponse<String> response = HTTP
					.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/documents"))
						.header("Content-Type", "text/markdown")
						.header("Authorization", "Bearer " + TOKEN)
						.POST(HttpRequest.BodyPublishers.ofString(document(i)))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				loaded.add((int) json(response.body()).get("load").get("documentsLoaded").getLongValue());
			}
			return loaded;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Documents from seven outlets over forty days, none about another. */
	private static String document(int i) {
		return """
				---
				title: "Uploaded story %d about camera number %d in the high street"
				excerpt: "Report %d from a town where the council discussed camera %d."
				publishedDateTime: %sT10:00:00Z
				webUrl: "https://outlet-%d.example/news/story-%d"
				provider:
				  name: Outlet %d
				  domain: outlet-%d.example
				---
				""".formatted(i, i, i, i, LocalDate.of(2024, 3, 1).plusDays(i), i % 7, i, i % 7, i % 7);
	}

	private static long articleTotal() throws IOException, InterruptedException {
		HttpResponse<String> page = HTTP.send(
				HttpRequest.newBuilder(URI.create(server.getURL() + "/api/articles?size=1")).build(),
				HttpResponse.BodyHandlers.ofString());
		return json(page.body()).get("total").getLongValue();
	}

	private static JsonNode json(String body) throws IOException {
		return server.getApplicationContext().getBean(JsonMapper.class).readValue(body, JsonNode.class);
	}

}
