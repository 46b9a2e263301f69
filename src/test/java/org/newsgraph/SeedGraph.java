package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * What the five documents in {@code seeds/} must give, whichever server they are loaded
 * into.
 */
public final class SeedGraph {

	public static final Path SEEDS = Path.of("seeds");

	private static final CypherStatement COUNT_BY_LABEL = CypherStatement.load("test/count-by-label");

	private static final CypherStatement COUNT_BY_TYPE = CypherStatement.load("test/count-by-type");

	private SeedGraph() {
	}

	public static void assertLoaded(Graph graph) {
		assertThat(nodes(graph, "Article")).as("articles").isEqualTo(14);
		assertThat(nodes(graph, "Outlet")).as("outlets").isEqualTo(13);
		assertThat(nodes(graph, "Topic")).as("topics").isEqualTo(2);
		assertThat(relationships(graph, "RELATED_TO")).as("RELATED_TO").isEqualTo(14);
		assertThat(nodes(graph, "SourceDocument")).as("source documents").isEqualTo(5);
		assertThat(relationships(graph, "PUBLISHED_BY")).as("one publisher per article").isEqualTo(14);
	}

	public static long nodes(Graph graph, String label) {
		return graph.read(tx -> tx.run(COUNT_BY_LABEL.text(), Map.of("label", label)).single().get("count").asLong());
	}

	public static long relationships(Graph graph, String type) {
		return graph.read(tx -> tx.run(COUNT_BY_TYPE.text(), Map.of("type", type)).single().get("count").asLong());
	}

}
