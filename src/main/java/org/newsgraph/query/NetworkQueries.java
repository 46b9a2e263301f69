package org.newsgraph.query;

import static org.newsgraph.query.Values.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.analysis.Communities;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * Networks to draw and export: outlets linked by the stories both covered (co-coverage),
 * organisations linked by the articles that name both (co-occurrence). Only nodes with at
 * least one edge of the minimum weight are kept, the heaviest first. Each node carries
 * its community (Louvain, numbered from 0 by size) in the network as returned.
 */
@Singleton
public final class NetworkQueries {

	/** More edges than any drawing can show; a bound on what one request returns. */
	private static final int MAX_EDGES = 20_000;

	private static final CypherStatement OUTLET_NODES = CypherStatement.load("read/outlet-network-nodes");

	private static final CypherStatement OUTLET_EDGES = CypherStatement.load("read/outlet-network-edges");

	private static final CypherStatement ORGANISATION_NODES = CypherStatement.load("read/organisation-network-nodes");

	private static final CypherStatement ORGANISATION_EDGES = CypherStatement.load("read/organisation-network-edges");

	private final Graph graph;

	NetworkQueries(Graph graph) {
		this.graph = graph;
	}

	public Network outlets(NetworkFilter filter) {
		return read("outlets", filter, OUTLET_NODES, OUTLET_EDGES, "outlet", outlet -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("domain", outlet.get("domain").asString());
			attributes.put("name", text(outlet.get("name")));
			attributes.put("articles", outlet.get("articles").asLong());
			attributes.put("stories", outlet.get("stories").asLong());
			String label = outlet.get("name").isNull() ? outlet.get("domain").asString()
					: outlet.get("name").asString();
			return new Network.Node(outlet.get("domain").asString(), label, attributes);
		}, "stories", (edge, nodes) -> {
			Overlap overlap = Overlap.of(edge.get("weight").asLong(),
					(long) nodes.get(edge.get("source").asString()).attributes().get("stories"),
					(long) nodes.get(edge.get("target").asString()).attributes().get("stories"));
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("sharedStories", overlap.shared());
			attributes.put("jaccard", overlap.jaccard());
			attributes.put("overlapCoefficient", overlap.overlapCoefficient());
			return attributes;
		});
	}

	public Network organisations(NetworkFilter filter) {
		return read("organisations", filter, ORGANISATION_NODES, ORGANISATION_EDGES, "organisation", organisation -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("kind", organisation.get("kind").asString());
			attributes.put("articles", organisation.get("articles").asLong());
			return new Network.Node(organisation.get("id").asString(), organisation.get("name").asString(), attributes);
		}, "articles", (edge, nodes) -> Map.of("articles", edge.get("weight").asLong()));
	}

	private interface EdgeAttributes {

		Map<String, Object> of(Value edge, Map<String, Network.Node> nodes);

	}

	private Network read(String name, NetworkFilter filter, CypherStatement nodeStatement,
			CypherStatement edgeStatement, String nodeColumn, Function<Value, Network.Node> toNode, String size,
			EdgeAttributes edgeAttributes) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("campaign", filter.campaign());
		parameters.put("topic", filter.topic());
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		parameters.put("minWeight", filter.minWeight());
		parameters.put("limit", MAX_EDGES);
		return graph.read(tx -> {
			Map<String, Network.Node> nodes = tx.run(nodeStatement.text(), parameters)
				.stream()
				.map(row -> toNode.apply(row.get(nodeColumn)))
				.collect(Collectors.toMap(Network.Node::id, Function.identity()));
			List<Value> edges = tx.run(edgeStatement.text(), parameters).list(row -> row.get("edge"));
			Set<String> kept = edges.stream()
				.flatMap(edge -> Stream.of(edge.get("source").asString(), edge.get("target").asString()))
				.map(nodes::get)
				.distinct()
				.sorted(Comparator.comparingLong((Network.Node node) -> (long) node.attributes().get(size))
					.reversed()
					.thenComparing(Network.Node::id))
				.limit(filter.maxNodes())
				.map(Network.Node::id)
				.collect(Collectors.toSet());
			List<Network.Edge> keptEdges = new ArrayList<>();
			for (Value edge : edges) {
				String source = edge.get("source").asString();
				String target = edge.get("target").asString();
				if (kept.contains(source) && kept.contains(target)) {
					keptEdges.add(new Network.Edge(source, target, edge.get("weight").asDouble(),
							edgeAttributes.of(edge, nodes)));
				}
			}
			List<Network.Node> keptNodes = nodes.values()
				.stream()
				.filter(node -> kept.contains(node.id()))
				.sorted(Comparator.comparing(Network.Node::id))
				.toList();
			return new Network(name, withCommunities(keptNodes, keptEdges), keptEdges);
		});
	}

	/** The community of each node, found in the network as shown, so colours match it. */
	private static List<Network.Node> withCommunities(List<Network.Node> nodes, List<Network.Edge> edges) {
		Map<String, Integer> index = new HashMap<>();
		nodes.forEach(node -> index.put(node.id(), index.size()));
		int[] communities = Communities.louvain(nodes.size(),
				edges.stream().map(edge -> new int[] { index.get(edge.source()), index.get(edge.target()) }).toList(),
				edges.stream().map(Network.Edge::weight).toList());
		return nodes.stream().map(node -> {
			Map<String, Object> attributes = new LinkedHashMap<>(node.attributes());
			attributes.put("community", (long) communities[index.get(node.id())]);
			return new Network.Node(node.id(), node.label(), attributes);
		}).toList();
	}

}
