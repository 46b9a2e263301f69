package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * A canonical, sorted text form of a whole graph (nodes with labels and properties,
 * relationships with their ends' natural keys), so that two graphs can be compared for
 * equality.
 */
public final class GraphDump {

	private static final CypherStatement NODES = CypherStatement.load("test/dump-nodes");

	private static final CypherStatement RELATIONSHIPS = CypherStatement.load("test/dump-relationships");

	private GraphDump() {
	}

	/**
	 * @param ignoredProperties properties that legitimately differ between two loads
	 * (such as load times)
	 */
	public static List<String> of(Graph graph, Set<String> ignoredProperties) {
		return graph.read(tx -> {
			List<String> lines = new ArrayList<>();
			tx.run(NODES.text())
				.forEachRemaining(row -> lines.add("node " + row.get("labels").asList().stream().sorted().toList() + " "
						+ sorted(row.get("properties").asMap(), ignoredProperties)));
			tx.run(RELATIONSHIPS.text())
				.forEachRemaining(row -> lines.add("relationship " + row.get("start").asString() + " -"
						+ row.get("type").asString() + sorted(row.get("properties").asMap(), ignoredProperties) + "-> "
						+ row.get("end").asString()));
			lines.sort(null);
			return lines;
		});
	}

	/**
	 * Fails unless the two dumps are equal, naming first the lines one has and the other
	 * lacks: a whole dump is too long to read in a failure.
	 */
	public static void assertSameGraph(List<String> actual, List<String> expected, String description) {
		assertThat(onlyIn(expected, actual)).as("missing %s", description).isEmpty();
		assertThat(onlyIn(actual, expected)).as("extra %s", description).isEmpty();
		assertThat(actual).as(description).isEqualTo(expected);
	}

	private static List<String> onlyIn(List<String> dump, List<String> other) {
		Set<String> otherLines = new HashSet<>(other);
		return dump.stream().filter(line -> !otherLines.contains(line)).limit(20).toList();
	}

	/**
	 * Keys sorted, and list values too: which document stated a link first is not part of
	 * the graph's meaning.
	 */
	private static Map<String, Object> sorted(Map<String, Object> properties, Set<String> ignored) {
		Map<String, Object> result = new TreeMap<>(properties);
		result.keySet().removeAll(ignored);
		result.replaceAll((key, value) -> value instanceof List<?> list
				? list.stream().map(String::valueOf).sorted().toList() : value);
		return result;
	}

}
