package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FreePorts;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.newsgraph.NamedPipe;

/**
 * The packaged jar as the README runs it ({@code java -jar target/newsgraph.jar serve}),
 * configured only by the documented environment variables, in a process of its own,
 * stopped as Ctrl+C stops it. It answers as soon as Neo4j is up, while it loads.
 */
class RunnableJarIT {

	private static final Path JAR = Path.of("target/newsgraph.jar");

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void serveLoadsTheSeedsAnswersOnTheApiAndStopsCleanlyOnSigterm(@TempDir Path work) throws Exception {
		int apiPort = FreePorts.next();
		Path log = work.resolve("newsgraph.log");
		Instant launched = Instant.now();
		Process app = serve(work, apiPort, log);
		try {
			awaitFirstAnswer(app, api(apiPort, "/api/articles"), log);
			System.out.printf("newsgraph serve: first API answer %d ms after launch%n",
					Duration.between(launched, Instant.now()).toMillis());
			awaitReady(app, apiPort, log);

			assertThat(awaitFirstAnswer(app, api(apiPort, "/api/articles"), log)).contains("\"total\":14");
			awaitLog(log, "Documents loaded:      5");
			assertThat(Files.readString(log)).contains("Neo4j Browser http://localhost:",
					"newsgraph web page at http://localhost:" + apiPort + "/");
			String page = awaitFirstAnswer(app, api(apiPort, "/"), log);
			Matcher library = Pattern.compile("src=\"(/webjars/cytoscape/[^\"]+)\"").matcher(page);
			assertThat(library.find()).as("the page loads Cytoscape.js from its WebJar:\n" + page).isTrue();
			assertThat(awaitFirstAnswer(app, api(apiPort, library.group(1)), log)).contains("cytoscape");
			assertThat(Files.exists(work.resolve("data/databases/neo4j"))).isTrue();
		}
		finally {
			stop(app);
		}
	}

	/**
	 * The documents come through a named pipe that stays empty until the test writes to
	 * it, so the load is still running, for certain, while the API is asked.
	 */
	@Test
	void serveAnswersWhileItsFirstLoadIsStillRunning(@TempDir Path work) throws Exception {
		Path pipe = work.resolve("news.jsonl");
		assumeTrue(NamedPipe.make(pipe), "needs mkfifo to hold a load open");
		int apiPort = FreePorts.next();
		Path log = work.resolve("newsgraph.log");
		Process app = serve(work, apiPort, log, "--load", pipe.toString());
		try {
			assertThat(awaitFirstAnswer(app, api(apiPort, "/api/articles"), log)).contains("\"total\":0");
			assertThat(awaitFirstAnswer(app, api(apiPort, "/health/readiness"), log)).contains("\"state\":\"loading\"");

			Files.write(pipe, Files.readAllBytes(Path.of("src/test/resources/documents/two-articles.jsonl")));
			awaitReady(app, apiPort, log);

			assertThat(awaitFirstAnswer(app, api(apiPort, "/api/articles"), log)).contains("\"total\":2");
		}
		finally {
			stop(app);
		}
	}

	private static Process serve(Path work, int apiPort, Path log, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + work,
						"-jar", JAR.toAbsolutePath().toString(), "serve"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("NEWSGRAPH_DATA_DIR", work.resolve("data").toString(), "NEWSGRAPH_BOLT_PORT",
					String.valueOf(FreePorts.next()), "NEWSGRAPH_HTTP_PORT", String.valueOf(FreePorts.next()),
					"MICRONAUT_SERVER_PORT", String.valueOf(apiPort)));
		builder.environment().remove("NEO4J_URI");
		return builder.start();
	}

	private static void stop(Process app) throws InterruptedException {
		app.destroy();
		assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of SIGTERM").isTrue();
	}

	private static URI api(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** What the graph's updates are doing, as the readiness report says. */
	private static String updatesState(String readiness) throws IOException {
		JsonNode updates = JsonMapper.createDefault()
			.readValue(readiness, JsonNode.class)
			.get("details")
			.get("updates");
		return updates == null ? null : updates.get("details").get("state").getStringValue();
	}

	private void awaitReady(Process app, int apiPort, Path log) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(STARTUP_LIMIT);
		while (!"ready".equals(updatesState(awaitFirstAnswer(app, api(apiPort, "/health/readiness"), log)))) {
			assertThat(Instant.now()).as(() -> "not ready within " + STARTUP_LIMIT + ":\n" + read(log))
				.isBefore(deadline);
			Thread.sleep(250);
		}
	}

	private static void awaitLog(Path log, String line) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!read(log).contains(line)) {
			assertThat(Instant.now()).as(() -> "no '" + line + "' in the log:\n" + read(log)).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private String awaitFirstAnswer(Process app, URI uri, Path log) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(STARTUP_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			assertThat(app.isAlive()).as(() -> "newsgraph exited early:\n" + read(log)).isTrue();
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return response.body();
				}
			}
			catch (IOException notListeningYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("No answer from " + uri + " within " + STARTUP_LIMIT + ":\n" + read(log));
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

}
