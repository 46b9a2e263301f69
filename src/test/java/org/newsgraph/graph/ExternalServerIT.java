package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.newsgraph.FreePorts;
import org.newsgraph.SeedGraph;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.analysis.stories.ClusteringReport;
import org.newsgraph.analysis.stories.StoryClustering;

/**
 * External-server mode ({@code NEO4J_URI}) against a separate Neo4j 5.26 server process,
 * started from the Neo4j jars on the test classpath, with authentication on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalServerIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String PASSWORD = "newsgraph-test-secret";

	private static final int BOLT_PORT = FreePorts.next();

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

	private static Process server;

	private static Path home;

	@BeforeAll
	static void startASeparateNeo4jServer() throws Exception {
		home = Files.createTempDirectory("newsgraph-external-neo4j");
		Path conf = Files.createDirectories(home.resolve("conf"));
		Files.writeString(conf.resolve("neo4j.conf"),
				String.join("\n", "server.directories.data=" + home.resolve("data"),
						"server.directories.logs=" + home.resolve("logs"), "server.default_listen_address=127.0.0.1",
						"server.bolt.listen_address=127.0.0.1:" + BOLT_PORT,
						"server.bolt.advertised_address=127.0.0.1:" + BOLT_PORT, "server.http.enabled=false",
						"server.https.enabled=false", "dbms.security.auth_enabled=true",
						"dbms.usage_report.enabled=false", "server.memory.pagecache.size=64m",
						// Micronaut's Netty 4.2 shares the test classpath; Neo4j's in-JVM
						// channel cannot run on it.
						"internal.dbms.bolt.local_enabled=false", ""));
		server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-Djava.io.tmpdir=" + home, "-cp", System.getProperty("java.class.path"),
				"org.neo4j.server.CommunityEntryPoint", "--home-dir=" + home, "--config-dir=" + conf)
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("console.log").toFile())
			.start();
		setInitialPassword();
	}

	@AfterAll
	static void stopTheServer() throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	@Test
	@Order(1)
	void theSeedsLoadThroughTheDriverIntoTheSeparateServerAsTheyDoIntoTheEmbeddedOne() {
		try (ApplicationContext context = ApplicationContext.run(serverProperties(PASSWORD), Environment.TEST)) {
			DocumentLoader loader = context.getBean(DocumentLoader.class);
			Graph graph = context.getBean(Graph.class);

			LoadReport first = loader.load(List.of(SeedGraph.SEEDS));
			LoadReport second = loader.load(List.of(SeedGraph.SEEDS));

			assertThat(first.documentsLoaded()).isEqualTo(5);
			SeedGraph.assertLoaded(graph);
			assertThat(second.documentsUnchanged()).isEqualTo(5);
			assertThat(graph.serverDescription()).contains("5.26");
			assertThat(context.getActiveBeanRegistrations(EmbeddedNeo4j.class)).as("no embedded server started")
				.isEmpty();
			assertThat(server.isAlive()).isTrue();
		}
	}

	@Test
	@Order(2)
	void storiesFormOnAServerWithoutGraphDataScienceByTheAppsOwnComponents() {
		try (ApplicationContext context = ApplicationContext.run(serverProperties(PASSWORD), Environment.TEST)) {
			ClusteringReport report = context.getBean(StoryClustering.class).recluster(AnalysisProgress.Listener.NONE);

			assertThat(report.algorithm()).isEqualTo("java");
			assertThat(report.articlesClustered()).isEqualTo(14);
			assertThat(report.stories()).isBetween(1L, 14L);
		}
	}

	@Test
	@Order(3)
	void aWrongPasswordIsReportedAsSuch() {
		try (ApplicationContext context = ApplicationContext.run(serverProperties("not-the-password"),
				Environment.TEST)) {
			assertThatThrownBy(() -> context.getBean(Graph.class)).rootCause()
				.isInstanceOf(AuthenticationException.class);
			assertThatThrownBy(() -> context.getBean(Graph.class)).hasStackTraceContaining(
					"Cannot use Neo4j at bolt://127.0.0.1:" + BOLT_PORT + ": The client is unauthorized");
		}
	}

	@Test
	@Order(4)
	void whenTheServerGoesAwayTheApiAnswersServiceUnavailableAsAProblem() throws Exception {
		Map<String, Object> properties = new HashMap<>(serverProperties(PASSWORD));
		properties.putAll(Map.of("micronaut.server.port", -1, "neo4j.max-retry-time", "2s"));
		try (EmbeddedServer api = ApplicationContext.run(EmbeddedServer.class, properties, Environment.TEST)) {
			HttpRequest articles = HttpRequest.newBuilder(URI.create(api.getURL() + "/api/articles")).build();
			assertThat(HTTP.send(articles, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

			stopTheServer();
			HttpResponse<String> response = HTTP.send(articles, HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("The graph database is not available");
		}
	}

	private static Map<String, Object> serverProperties(String password) {
		return Map.of("neo4j.uri", "bolt://127.0.0.1:" + BOLT_PORT, "neo4j.username", "neo4j", "neo4j.password",
				password);
	}

	/**
	 * A new server's password is 'neo4j' and expired; the only thing it accepts is
	 * changing it.
	 */
	private static void setInitialPassword() throws Exception {
		Instant deadline = Instant.now().plus(STARTUP_LIMIT);
		while (true) {
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + BOLT_PORT,
					AuthTokens.basic("neo4j", "neo4j"));
					var session = driver.session(SessionConfig.forDatabase("system"))) {
				session.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password", Map.of("password", PASSWORD))
					.consume();
				return;
			}
			catch (RuntimeException notUpYet) {
				if (!server.isAlive() || Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("The Neo4j server did not start; its output:\n" + console(),
							notUpYet);
				}
				Thread.sleep(500);
			}
		}
	}

	private static String console() throws IOException {
		return Files.readString(home.resolve("console.log"));
	}

}
