package org.newsgraph.query;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A weighted, undirected network ready to draw or export: outlets linked by shared
 * stories, or organisations linked by the articles that name both.
 *
 * @param name what it shows, for file names and titles ({@code outlets})
 */
@Serdeable
public record Network(String name, List<Node> nodes, List<Edge> edges) {

	public Network {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/**
	 * @param attributes values of simple types (text, whole and decimal numbers, true or
	 * false) that exports carry as typed columns
	 */
	@Serdeable
	public record Node(String id, String label, Map<String, @Nullable Object> attributes) {
	}

	@Serdeable
	public record Edge(String source, String target, double weight, Map<String, @Nullable Object> attributes) {
	}

}
