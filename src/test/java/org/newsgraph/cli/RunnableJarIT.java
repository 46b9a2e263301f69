package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FreePorts;

/**
 * The packaged jar as the README runs it ({@code java -jar target/newsgraph.jar serve}),
 * configured only by the documented environment variables, in a process of its own,
 * stopped as Ctrl+C stops it.
 */
class RunnableJarIT {

	private static final Path JAR = Path.of("target/newsgraph.jar");

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void serveLoadsTheSeedsAnswersOnTheApiAndStopsCleanlyOnSigterm(@TempDir Path work) throws Exception {
		int apiPort = FreePorts.next();
		Path log = work.resolve("newsgraph.log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djava.io.tmpdir=" + work, "-jar", JAR.toAbsolutePath().toString(), "serve")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("NEWSGRAPH_DATA_DIR", work.resolve("data").toString(), "NEWSGRAPH_BOLT_PORT",
					String.valueOf(FreePorts.next()), "NEWSGRAPH_HTTP_PORT", String.valueOf(FreePorts.next()),
					"MICRONAUT_SERVER_PORT", String.valueOf(apiPort)));
		builder.environment().remove("NEO4J_URI");
		Instant launched = Instant.now();
		Process app = builder.start();
		try {
			String articles = awaitFirstAnswer(app, URI.create("http://localhost:" + apiPort + "/api/articles"), log);
			System.out.printf("newsgraph serve: first API answer %d ms after launch%n",
					Duration.between(launched, Instant.now()).toMillis());

			assertThat(articles).contains("\"total\":14");
			assertThat(Files.readString(log)).contains("Documents loaded:      5", "Neo4j Browser http://localhost:",
					"newsgraph web page at http://localhost:" + apiPort + "/");
			String page = awaitFirstAnswer(app, URI.create("http://localhost:" + apiPort + "/"), log);
			Matcher library = Pattern.compile("src=\"(/webjars/cytoscape/[^\"]+)\"").matcher(page);
			assertThat(library.find()).as("the page loads Cytoscape.js from its WebJar:\n" + page).isTrue();
			assertThat(awaitFirstAnswer(app, URI.create("http://localhost:" + apiPort + library.group(1)), log))
				.contains("cytoscape");
			assertThat(Files.exists(work.resolve("data/databases/neo4j"))).isTrue();
		}
		finally {
			app.destroy();
			assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of SIGTERM").isTrue();
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
