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
import org.newsgraph.analysis.communities.Communities;
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

	private static final CypherStatement OUTLET_COVERAGE = CypherStatement.load("read/outlet-network-coverage");

	private static final CypherStatement OUTLET_COVERAGE_KEPT = CypherStatement.load("read/outlet-network-kept");

	private static final CypherStatement ORGANISATIONS_NAMED_TOGETHER = CypherStatement
		.load("read/organisations-named-together");

	private final Graph graph;

	private final ReadCache answers;

	NetworkQueries(Graph graph, ReadCache answers) {
		this.graph = graph;
		this.answers = answers;
	}

	public Network outlets(NetworkFilter filter) {
		return answers.weighed(() -> readOutlets(filter), NetworkQueries::weight, "outlet network", filter);
	}

	public Network organisations(NetworkFilter filter) {
		return answers.weighed(() -> readOrganisations(filter), NetworkQueries::weight, "organisation network", filter);
	}

	/**
	 * A network of 200 outlets with 20,000 edges is 1.4 MB of JSON: kept, it counts for
	 * one answer per thousand nodes and edges.
	 */
	private static int weight(Network network) {
		return 1 + (network.nodes().size() + network.edges().size()) / 1000;
	}

	private Network readOutlets(NetworkFilter filter) {
		CoOccurrence<Value> coverage = filter.isWholeGraph() ? readKeptCoverage(filter)
				: read(OUTLET_COVERAGE, "outlets", "domain", filter);
		return network("outlets", coverage, filter, outlet -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("domain", outlet.id());
			attributes.put("name", text(outlet.properties().get("name")));
			attributes.put("articles", outlet.weight());
			attributes.put("stories", outlet.groups());
			String label = outlet.properties().get("name").isNull() ? outlet.id()
					: outlet.properties().get("name").asString();
			return new Network.Node(outlet.id(), label, attributes);
		}, pair -> {
			// The kept pairs and the outlets' counts are read by one statement, but
			// committed data is read as it comes, so a story dissolved meanwhile may
			// leave a pair sharing more stories than an outlet counts.
			Overlap overlap = Overlap.counted(pair.shared(), coverage.tally(pair.source()).groups(),
					coverage.tally(pair.target()).groups());
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("sharedStories", overlap.shared());
			attributes.put("jaccard", overlap.jaccard());
			attributes.put("overlapCoefficient", overlap.overlapCoefficient());
			return attributes;
		});
	}

	private Network readOrganisations(NetworkFilter filter) {
		CoOccurrence<Value> naming = read(ORGANISATIONS_NAMED_TOGETHER, "organisations", "id", filter);
		return network("organisations", naming, filter, organisation -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("kind", organisation.properties().get("kind").asString());
			attributes.put("articles", organisation.groups());
			return new Network.Node(organisation.id(), organisation.properties().get("name").asString(), attributes);
		}, pair -> Map.of("articles", pair.shared()));
	}

	/**
	 * The whole graph's co-coverage as the analysis keeps it: walking every story,
	 * article and outlet took 2.1 s at 100,000 documents.
	 */
	private CoOccurrence<Value> readKeptCoverage(NetworkFilter filter) {
		return graph.read(tx -> {
			Map<String, CoOccurrence.Tally<Value>> outlets = new HashMap<>();
			List<CoOccurrence.Pair> pairs = new ArrayList<>();
			tx.run(OUTLET_COVERAGE_KEPT.text(), Map.of("minWeight", filter.minWeight(), "limit", MAX_EDGES))
				.forEachRemaining(row -> {
					Value source = row.get("source");
					Value target = row.get("target");
					List.of(source, target)
						.forEach(outlet -> outlets.putIfAbsent(outlet.get("domain").asString(),
								new CoOccurrence.Tally<>(outlet.get("domain").asString(), outlet,
										outlet.get("stories").asLong(), outlet.get("articles").asLong())));
					pairs.add(new CoOccurrence.Pair(source.get("domain").asString(), target.get("domain").asString(),
							row.get("shared").asLong()));
				});
			return CoOccurrence.counted(outlets.values(), pairs);
		});
	}

	/**
	 * Each row a group: the members of one story or one article, as maps keyed by
	 * {@code id}.
	 */
	private CoOccurrence<Value> read(CypherStatement statement, String column, String id, NetworkFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("campaign", filter.campaign());
		parameters.put("topic", filter.topic());
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		return graph.read(tx -> {
			CoOccurrence<Value> groups = new CoOccurrence<>();
			tx.run(statement.text(), parameters)
				.forEachRemaining(row -> groups.add(row.get(column)
					.asList(member -> new CoOccurrence.Member<>(member.get(id).asString(), member,
							member.get("articles").asLong()))));
			return groups;
		});
	}

	/**
	 * The pairs of at least the minimum weight as edges, and the members they link, the
	 * most often grouped first, as nodes.
	 */
	private static Network network(String name, CoOccurrence<Value> groups, NetworkFilter filter,
			Function<CoOccurrence.Tally<Value>, Network.Node> toNode,
			Function<CoOccurrence.Pair, Map<String, Object>> edgeAttributes) {
		List<CoOccurrence.Pair> pairs = groups.pairs(filter.minWeight(), MAX_EDGES);
		Set<String> kept = pairs.stream()
			.flatMap(pair -> Stream.of(pair.source(), pair.target()))
			.distinct()
			.map(groups::tally)
			.sorted(Comparator.comparingLong((CoOccurrence.Tally<Value> tally) -> tally.groups())
				.reversed()
				.thenComparing(CoOccurrence.Tally::id))
			.limit(filter.maxNodes())
			.map(CoOccurrence.Tally::id)
			.collect(Collectors.toSet());
		List<Network.Edge> keptEdges = pairs.stream()
			.filter(pair -> kept.contains(pair.source()) && kept.contains(pair.target()))
			.map(pair -> new Network.Edge(pair.source(), pair.target(), pair.shared(), edgeAttributes.apply(pair)))
			.toList();
		List<Network.Node> keptNodes = kept.stream().sorted().map(id -> toNode.apply(groups.tally(id))).toList();
		return new Network(name, withCommunities(keptNodes, keptEdges), keptEdges);
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
