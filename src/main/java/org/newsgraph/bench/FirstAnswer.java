package org.newsgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.NewsgraphException;

/**
 * A user's start: {@code serve} launched as a process of its own, as the README runs it,
 * timed from launch to the API's first answer; Neo4j's own start as its log line gives
 * it, so that what is ours can be told apart.
 */
final class FirstAnswer {

	/**
	 * The command line's entry point, by name: the command line runs the benchmark, so
	 * the benchmark does not depend on it.
	 */
	private static final String MAIN_CLASS = "org.newsgraph.cli.NewsgraphCommand";

	private static final Pattern NEO4J_STARTED = Pattern.compile("Embedded Neo4j started in (\\d+) ms");

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	/**
	 * @param firstAnswerNanos from launch to the first answer of {@code /api/articles}
	 * @param neo4jStartNanos the embedded Neo4j's own start
	 */
	record Timing(long firstAnswerNanos, long neo4jStartNanos) {
	}

	private FirstAnswer() {
	}

	/**
	 * @param dataDir the data folder: new for a first start, the same again for a restart
	 * @param load what {@code serve} loads behind the API (nothing when empty)
	 */
	static Timing measure(Path dataDir, List<Path> load) {
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-serve.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), MAIN_CLASS, "serve"));
		if (load.isEmpty()) {
			command.add("--no-load");
		}
		load.forEach(path -> command.addAll(List.of("--load", path.toString())));
		try {
			int port = freePort();
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().remove("NEO4J_URI");
			builder.environment()
				.putAll(Map.of("NEWSGRAPH_DATA_DIR", dataDir.toString(), "NEWSGRAPH_BOLT_PORT", "0",
						"NEWSGRAPH_HTTP_PORT", "0", "MICRONAUT_SERVER_PORT", Integer.toString(port)));
			long launched = System.nanoTime();
			Process serve = builder.start();
			try {
				awaitAnswer(serve, URI.create("http://localhost:" + port + "/api/articles"), log);
				long firstAnswer = System.nanoTime() - launched;
				Matcher started = NEO4J_STARTED.matcher(Files.readString(log));
				if (!started.find()) {
					throw new NewsgraphException("serve answered, but its log has no Neo4j start time: " + log);
				}
				return new Timing(firstAnswer, TimeUnit.MILLISECONDS.toNanos(Long.parseLong(started.group(1))));
			}
			finally {
				serve.destroy();
				if (!serve.waitFor(1, TimeUnit.MINUTES)) {
					serve.destroyForcibly().waitFor();
				}
			}
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot time serve's first answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Interrupted while timing serve's first answer", ex);
		}
	}

	private static void awaitAnswer(Process serve, URI api, Path log) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (!serve.isAlive()) {
				throw new NewsgraphException("serve stopped before it answered:\n" + tail(log));
			}
			try {
				if (http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// Still starting.
			}
			Thread.sleep(20);
		}
		throw new NewsgraphException("serve did not answer within " + PATIENCE + ":\n" + tail(log));
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
