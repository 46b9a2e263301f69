package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.newsgraph.FreePorts;
import org.newsgraph.GraphDump;
import org.newsgraph.StandaloneNeo4j;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * The external Neo4j server killed with SIGKILL in the middle of a load, and started
 * again on the same data: the loader (the packaged jar, in batches of 20) waits and
 * retries through the outage, and the graph ends exactly as an uninterrupted load leaves
 * it, compared by canonical dump. The kill point comes from a seed printed with the run
 * ({@code -Dnewsgraph.kill-seed} repeats one).
 */
class KilledServerIT {

	private static final Path JAR = Path.of("target/newsgraph.jar");

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	private static final Set<String> LOAD_TIME = Set.of("loadedAt", "firstSeen", "lastSeen", "appliedAt");

	private static final CypherStatement ARTICLE_COUNT = CypherStatement.load("read/article-count");

	private static final CypherStatement DELETE_EVERYTHING = CypherStatement.load("test/delete-everything");

	private final int boltPort = FreePorts.next();

	private final int httpPort = FreePorts.next();

	@TempDir
	Path work;

	private Process server;

	@AfterEach
	void stopTheServer() throws InterruptedException {
		if (server != null) {
			server.destroyForcibly().waitFor();
		}
	}

	@Test
	void aLoadOutlivesTheServerKilledAndRestartedUnderItAndGivesTheGraphOfAnUninterruptedLoad() throws Exception {
		server = startServer("first");
		assertThat(load("clean").waitFor(5, TimeUnit.MINUTES)).isTrue();
		List<String> clean = dump();
		assertThat(clean).as("the corpus gave a graph").hasSizeGreaterThan(1_000);
		long articles;
		try (Driver counting = GraphDatabase.driver(boltUri(), AuthTokens.none())) {
			articles = articleCount(counting);
		}
		deleteEverything();

		// The kill point is a share of the articles written, so that it lands inside the
		// writes however fast this machine is.
		long seed = Long.getLong("newsgraph.kill-seed", System.nanoTime());
		long killAt = (long) (articles * (0.1 + 0.8 * new Random(seed).nextDouble()));
		Process loading = load("through-the-outage");
		long written;
		try (Driver watching = GraphDatabase.driver(boltUri(), AuthTokens.none())) {
			while ((written = articleCount(watching)) < killAt) {
				assertThat(loading.isAlive()).as("still loading when the server is killed").isTrue();
				Thread.sleep(20);
			}
			server.destroyForcibly().waitFor();
		}
		long killed = System.nanoTime();
		System.out.printf("KilledServerIT: seed %d, server killed with %d of %d articles written%n", seed, written,
				articles);
		server = startServer("restarted");
		System.out.printf("KilledServerIT: the server was back after %d ms%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));

		assertThat(loading.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(loading.exitValue()).as(log("through-the-outage"))
			.isIn(ExitCodes.OK, ExitCodes.SOME_DOCUMENTS_REJECTED);
		GraphDump.assertSameGraph(dump(), clean,
				"after the server was killed with %d of %d articles written and restarted (seed %d)".formatted(written,
						articles, seed));
	}

	private Process startServer(String run) throws IOException, InterruptedException {
		Path log = work.resolve("server-" + run + ".log");
		Process started = new ProcessBuilder(java(), "-Djava.io.tmpdir=" + work, "-cp",
				System.getProperty("java.class.path"), StandaloneNeo4j.class.getName(),
				work.resolve("neo4j-data").toString(), Integer.toString(boltPort), Integer.toString(httpPort))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!Files.readString(log).contains(StandaloneNeo4j.READY)) {
			assertThat(started.isAlive()).as(Files.readString(log)).isTrue();
			assertThat(System.nanoTime()).as("the server started within 2 minutes").isLessThan(deadline);
			Thread.sleep(100);
		}
		return started;
	}

	private Process load(String run) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(java(), "-Djava.io.tmpdir=" + work, "-jar",
				JAR.toAbsolutePath().toString(), "load", CORPUS.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve(run + ".log").toFile());
		builder.environment().put("NEO4J_URI", boltUri());
		builder.environment().put("NEWSGRAPH_LOAD_BATCH_SIZE", "20");
		// Long enough for the server to come back: every transaction is retried until
		// then.
		builder.environment().put("NEO4J_MAX_RETRY_TIME", "120s");
		return builder.start();
	}

	private static long articleCount(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(ARTICLE_COUNT.text()).single().get("total").asLong());
		}
	}

	private List<String> dump() {
		try (ApplicationContext context = ApplicationContext.run(Map.of("neo4j.uri", boltUri()), Environment.TEST)) {
			return GraphDump.of(context.getBean(Graph.class), LOAD_TIME);
		}
	}

	private void deleteEverything() {
		try (ApplicationContext context = ApplicationContext.run(Map.of("neo4j.uri", boltUri()), Environment.TEST)) {
			context.getBean(Graph.class).write(tx -> tx.run(DELETE_EVERYTHING.text()).consume());
		}
	}

	private String boltUri() {
		return "bolt://localhost:" + boltPort;
	}

	private String log(String run) throws IOException {
		return Files.readString(work.resolve(run + ".log"));
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
