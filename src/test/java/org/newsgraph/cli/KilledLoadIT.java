package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.GraphDump;
import org.newsgraph.Neo4jTestBase;

/**
 * A load killed with SIGKILL at random moments, then run again, ends with exactly the
 * graph of a load never interrupted: same nodes, labels, relationships and properties
 * (but the times of loading and applying definitions), compared by canonical dump. The
 * loader runs as the packaged jar in a process of its own, against the shared test
 * server, in batches of 20 documents so that kills land between and inside batches, and
 * in the analysis after them. The kill points come from a seed printed with each run
 * ({@code -Dnewsgraph.kill-seed} repeats one).
 */
class KilledLoadIT extends Neo4jTestBase {

	private static final Path JAR = Path.of("target/newsgraph.jar");

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	private static final Set<String> LOAD_TIME = Set.of("loadedAt", "firstSeen", "lastSeen", "appliedAt");

	private static final int KILLS = 3;

	@TempDir
	Path work;

	@Test
	void aLoadKilledAtRandomMomentsAndRunAgainGivesTheGraphOfAnUninterruptedLoad() throws Exception {
		assertThat(load("cold").waitFor(5, TimeUnit.MINUTES)).isTrue();
		List<String> clean = GraphDump.of(graph(), LOAD_TIME);
		assertThat(clean).as("the corpus gave a graph").hasSizeGreaterThan(1_000);
		// A second uninterrupted load, once the server has planned its queries, gives the
		// same graph and times the loads that will be killed.
		emptyTheGraph();
		long started = System.nanoTime();
		assertThat(load("clean").waitFor(5, TimeUnit.MINUTES)).isTrue();
		Duration uninterrupted = Duration.ofNanos(System.nanoTime() - started);
		assertThat(GraphDump.of(graph(), LOAD_TIME)).isEqualTo(clean);
		log("clean").lines()
			.filter(line -> line.matches("(Took|Stories|Campaigns).*"))
			.forEach(line -> System.out.println("KilledLoadIT: uninterrupted: " + line));

		long seed = Long.getLong("newsgraph.kill-seed", System.nanoTime());
		Random random = new Random(seed);
		long fastest = uninterrupted.toMillis();
		for (int kill = 1; kill <= KILLS; kill++) {
			emptyTheGraph();
			long after = (long) (fastest * (0.05 + 0.7 * random.nextDouble()));
			Process killed = load("killed-" + kill);
			// A load can run faster than any before it (a warmer server, a quieter
			// machine): one that ended before its kill is tried again with half the time.
			while (killed.waitFor(after, TimeUnit.MILLISECONDS)) {
				System.out.printf("KilledLoadIT: seed %d, kill %d: the load ended within %d ms, trying half%n", seed,
						kill, after);
				emptyTheGraph();
				after /= 2;
				killed = load("killed-" + kill);
			}
			System.out.printf("KilledLoadIT: seed %d, kill %d after %d ms (fastest whole load %d ms)%n", seed, kill,
					after, fastest);
			killed.destroyForcibly().waitFor();

			long againStarted = System.nanoTime();
			Process again = load("again-" + kill);
			assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
			assertThat(again.exitValue()).as(log("again-" + kill))
				.isIn(ExitCodes.OK, ExitCodes.SOME_DOCUMENTS_REJECTED);
			fastest = Math.min(fastest, (System.nanoTime() - againStarted) / 1_000_000);

			GraphDump.assertSameGraph(GraphDump.of(graph(), LOAD_TIME), clean,
					"after a kill %d ms in and a second load (seed %d)".formatted(after, seed));
		}
	}

	private Process load(String run) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djava.io.tmpdir=" + work, "-jar", JAR.toAbsolutePath().toString(), "load", CORPUS.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve(run + ".log").toFile());
		builder.environment().put("NEO4J_URI", testServerProperties().get("neo4j.uri").toString());
		builder.environment().put("NEWSGRAPH_LOAD_BATCH_SIZE", "20");
		return builder.start();
	}

	private String log(String run) throws IOException {
		return Files.readString(work.resolve(run + ".log"));
	}

}
