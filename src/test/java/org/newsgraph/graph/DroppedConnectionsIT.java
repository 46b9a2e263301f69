package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.newsgraph.GraphDump;
import org.newsgraph.Neo4jTestBase;

/**
 * Connections cut in the middle of a load, as by a network fault or a cluster's leader
 * switch: the driver's transaction functions retry each batch on a new connection, and
 * the load ends with exactly the graph of a load that saw no fault.
 */
class DroppedConnectionsIT extends Neo4jTestBase {

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	/**
	 * A few faults, spread over the load's traffic: a network that never works is rightly
	 * not retried forever.
	 */
	private static final int CUTS = 5;

	private static final long CUT_EVERY_BYTES = 100_000;

	private static final Set<String> LOAD_TIME = Set.of("loadedAt", "firstSeen", "lastSeen");

	@Test
	void aLoadWhoseConnectionsAreCutSeveralTimesStillLoadsEveryDocumentOnce() throws Exception {
		LoadReport faultless = context.getBean(DocumentLoader.class).load(List.of(CORPUS));
		List<String> expected = GraphDump.of(graph(), LOAD_TIME);
		emptyTheGraph();

		int boltPort = URI.create(testServerProperties().get("neo4j.uri").toString()).getPort();
		try (DroppingProxy proxy = new DroppingProxy(boltPort, CUT_EVERY_BYTES, CUTS);
				ApplicationContext throughProxy = ApplicationContext.run(
						Map.of("neo4j.uri", "bolt://localhost:" + proxy.port(), "newsgraph.load.batch-size", 10),
						Environment.TEST)) {
			LoadReport report = throughProxy.getBean(DocumentLoader.class).load(List.of(CORPUS));
			System.out.printf("DroppedConnectionsIT: %d connections cut, load took %d ms%n", proxy.cuts(),
					report.elapsed().toMillis());

			assertThat(proxy.cuts()).as("connections cut in the middle of the load").isGreaterThanOrEqualTo(CUTS);
			assertThat(report.documentsRejected()).isEqualTo(faultless.documentsRejected());
			assertThat(report.documentsLoaded() + report.documentsUnchanged())
				.as("every document loaded, or found loaded by a retry after its commit")
				.isEqualTo(faultless.documentsLoaded());
		}
		GraphDump.assertSameGraph(GraphDump.of(graph(), LOAD_TIME), expected, "after the faults");
	}

}
