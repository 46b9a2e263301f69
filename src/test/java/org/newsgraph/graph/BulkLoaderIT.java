package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FreePorts;
import org.newsgraph.GraphDump;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;

/**
 * The bulk path builds, with Neo4j's importer, exactly the graph that a load of the same
 * documents through Cypher writes, and refuses databases it would have to replace.
 */
class BulkLoaderIT extends Neo4jTestBase {

	private static final List<Path> SEEDS_AND_CORPUS = List.of(SeedGraph.SEEDS,
			Path.of("src/test/resources/corpus/everyday-ai"));

	/** When each document was loaded; the two loads run at different times. */
	private static final Set<String> LOAD_TIMES = Set.of("loadedAt", "firstSeen", "lastSeen");

	private static final CypherStatement SCHEMA = CypherStatement.load("test/schema-description");

	/**
	 * Batches of seven documents on both sides, so that articles, outlets, images and
	 * links stated in several batches are folded as the write statements fold them.
	 */
	@Test
	void aBulkLoadBuildsTheGraphThatACypherLoadOfTheSameDocumentsWrites(@TempDir Path dataDir) {
		LoadReport cypherLoad;
		try (ApplicationContext cypher = ApplicationContext.run(inBatchesOfSeven(testServerProperties()),
				Environment.TEST)) {
			cypherLoad = cypher.getBean(DocumentLoader.class).load(SEEDS_AND_CORPUS);
		}
		List<String> loadedThroughCypher = GraphDump.of(graph(), LOAD_TIMES);
		List<String> schemaOfALoad = graph().read(tx -> tx.run(SCHEMA.text()).list(row -> row.get(0).asString()));

		try (ApplicationContext embedded = ApplicationContext.run(inBatchesOfSeven(embeddedIn(dataDir)),
				Environment.TEST)) {
			LoadReport bulkLoad = embedded.getBean(BulkLoader.class).load(SEEDS_AND_CORPUS);
			Graph imported = embedded.getBean(Graph.class);

			assertThat(bulkLoad.documentsLoaded()).isEqualTo(cypherLoad.documentsLoaded()).isEqualTo(213);
			assertThat(bulkLoad.rejected()).isEqualTo(cypherLoad.rejected()).hasSize(1);
			assertThat(bulkLoad.nodesCreated()).isEqualTo(cypherLoad.nodesCreated());
			assertThat(bulkLoad.relationshipsCreated()).isEqualTo(cypherLoad.relationshipsCreated());
			GraphDump.assertSameGraph(GraphDump.of(imported, LOAD_TIMES), loadedThroughCypher, "bulk-loaded graph");
			List<String> schemaOfTheImport = imported
				.read(tx -> tx.run(SCHEMA.text()).list(row -> row.get(0).asString()));
			assertThat(schemaOfTheImport).isNotEmpty().isEqualTo(schemaOfALoad);
		}
		assertThat(dataDir).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("bulk-load-"));
	}

	@Test
	void aDatabaseThatHoldsDataIsNotReplaced(@TempDir Path dataDir) {
		try (ApplicationContext first = ApplicationContext.run(embeddedIn(dataDir), Environment.TEST)) {
			first.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));
		}
		try (ApplicationContext second = ApplicationContext.run(embeddedIn(dataDir), Environment.TEST)) {
			BulkLoader bulk = second.getBean(BulkLoader.class);

			assertThatThrownBy(() -> bulk.load(SEEDS_AND_CORPUS)).isInstanceOf(BulkLoadRefusedException.class)
				.hasMessageContaining("already holds data");
			assertThat(bulk.pays(SEEDS_AND_CORPUS)).as("a big load into an existing store").isFalse();
			SeedGraph.assertLoaded(second.getBean(Graph.class));
		}
	}

	@Test
	void anExternalServerIsNotBulkLoaded() {
		BulkLoader bulk = context.getBean(BulkLoader.class);

		assertThatThrownBy(() -> bulk.load(SEEDS_AND_CORPUS)).isInstanceOf(BulkLoadRefusedException.class)
			.hasMessageContaining("cannot write the store of the server at " + testServerProperties().get("neo4j.uri"));
		assertThat(bulk.pays(SEEDS_AND_CORPUS)).isFalse();
	}

	@Test
	void aLoadOfMoreDocumentsThanTheThresholdIntoANewDataFolderTakesTheBulkPath(@TempDir Path dataDir) {
		Map<String, Object> settings = new HashMap<>(embeddedIn(dataDir.resolve("new")));
		settings.put("newsgraph.load.bulk-threshold", 200);
		try (ApplicationContext embedded = ApplicationContext.run(settings, Environment.TEST)) {
			BulkLoader bulk = embedded.getBean(BulkLoader.class);

			assertThat(bulk.pays(SEEDS_AND_CORPUS)).as("214 documents").isTrue();
			assertThat(bulk.pays(List.of(SeedGraph.SEEDS))).as("5 documents").isFalse();
		}
		assertThat(Files.exists(dataDir.resolve("new/databases"))).as("Neo4j started to find out").isFalse();
	}

	private static Map<String, Object> inBatchesOfSeven(Map<String, Object> settings) {
		Map<String, Object> withBatches = new HashMap<>(settings);
		withBatches.put("newsgraph.load.batch-size", 7);
		return withBatches;
	}

	private static Map<String, Object> embeddedIn(Path dataDir) {
		return Map.of("newsgraph.embedded.data-dir", dataDir.toString(), "newsgraph.embedded.bolt-port",
				FreePorts.next(), "newsgraph.embedded.http-port", FreePorts.next());
	}

}
