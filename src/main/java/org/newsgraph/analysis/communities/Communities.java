package org.newsgraph.analysis.communities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Communities of a weighted, undirected network by the Louvain method (Blondel et al.
 * 2008): nodes move to the neighbouring community that raises the quality most, then each
 * community becomes one node, until nothing moves. Two qualities share the method, since
 * both reward the weight inside communities and charge each node for joining a community
 * by its mass times the community's times a resolution:
 * <ul>
 * <li>modularity ({@link #louvain}), where a node's mass is its weighted degree, for the
 * networks people draw (hundreds of nodes, milliseconds), so a drawing and its export are
 * coloured alike without a round trip to Graph Data Science;
 * <li>the constant Potts model (Traag et al. 2011, {@link #constantPotts}), where a
 * node's mass is one article, for stories: a node stays in a community while its links to
 * the members weigh more than the resolution times their number. Unlike modularity, it
 * has no resolution limit, so the size of the whole network does not decide how large a
 * community may grow.
 * </ul>
 * Nodes are visited in index order, a node moves only for a real gain and ties go to the
 * lower community, so the same network always gets the same communities.
 */
public final class Communities {

	/** Below this, a move is rounding noise, and taking it could loop forever. */
	private static final double MIN_GAIN = 1e-12;

	private Communities() {
	}

	/**
	 * @param nodeCount nodes are numbered from 0
	 * @param edges each {@code [source, target]} with its weight at the same index in
	 * {@code weights}
	 * @return the community of each node, numbered from 0 by size (largest first, then by
	 * lowest node); nodes without edges are communities of their own
	 */
	public static int[] louvain(int nodeCount, List<int[]> edges, List<Double> weights) {
		Level level = Level.of(nodeCount, edges, weights);
		IntStream.range(0, nodeCount).forEach(node -> level.masses[node] = level.degree(node));
		double twiceTotalWeight = Arrays.stream(level.masses).sum();
		return twiceTotalWeight == 0 ? numberedBySize(IntStream.range(0, nodeCount).toArray())
				: optimised(level, 1 / twiceTotalWeight);
	}

	/**
	 * @param resolution the least weight per member that holds a node in a community; 0
	 * gives the connected components
	 * @return as {@link #louvain}
	 */
	public static int[] constantPotts(int nodeCount, List<int[]> edges, List<Double> weights, double resolution) {
		Level level = Level.of(nodeCount, edges, weights);
		Arrays.fill(level.masses, 1);
		return optimised(level, resolution);
	}

	private static int[] optimised(Level first, double resolution) {
		Level level = first;
		int[] membership = IntStream.range(0, level.size()).toArray();
		while (true) {
			int[] moved = level.moveNodes(resolution);
			int communities = Arrays.stream(moved).max().orElse(-1) + 1;
			if (communities == level.size()) {
				return numberedBySize(membership);
			}
			for (int node = 0; node < membership.length; node++) {
				membership[node] = moved[membership[node]];
			}
			level = level.aggregate(moved, communities);
		}
	}

	private static int[] numberedBySize(int[] membership) {
		Map<Integer, List<Integer>> members = new LinkedHashMap<>();
		for (int node = 0; node < membership.length; node++) {
			members.computeIfAbsent(membership[node], community -> new ArrayList<>()).add(node);
		}
		List<List<Integer>> ordered = new ArrayList<>(members.values());
		ordered.sort(Comparator.comparingInt((List<Integer> community) -> community.size())
			.reversed()
			.thenComparingInt(community -> community.get(0)));
		int[] numbered = new int[membership.length];
		for (int community = 0; community < ordered.size(); community++) {
			for (int node : ordered.get(community)) {
				numbered[node] = community;
			}
		}
		return numbered;
	}

	/**
	 * One level of the method: a network whose nodes may be communities of the level
	 * below, their inner weight kept as self-loops and their masses added up.
	 */
	private record Level(List<Map<Integer, Double>> neighbours, double[] selfLoops, double[] masses) {

		static Level of(int nodeCount, List<int[]> edges, List<Double> weights) {
			Level level = new Level(emptyNeighbours(nodeCount), new double[nodeCount], new double[nodeCount]);
			for (int edge = 0; edge < edges.size(); edge++) {
				level.connect(edges.get(edge)[0], edges.get(edge)[1], weights.get(edge));
			}
			return level;
		}

		private static List<Map<Integer, Double>> emptyNeighbours(int nodeCount) {
			List<Map<Integer, Double>> neighbours = new ArrayList<>(nodeCount);
			for (int node = 0; node < nodeCount; node++) {
				neighbours.add(new HashMap<>());
			}
			return neighbours;
		}

		int size() {
			return selfLoops.length;
		}

		private void connect(int source, int target, double weight) {
			if (source == target) {
				selfLoops[source] += weight;
				return;
			}
			neighbours.get(source).merge(target, weight, Double::sum);
			neighbours.get(target).merge(source, weight, Double::sum);
		}

		private double degree(int node) {
			return neighbours.get(node).values().stream().mapToDouble(Double::doubleValue).sum() + 2 * selfLoops[node];
		}

		/**
		 * @return each node's community, numbered from 0 in order of first member
		 */
		int[] moveNodes(double resolution) {
			int[] community = IntStream.range(0, size()).toArray();
			double[] communityMass = masses.clone();
			boolean moved = true;
			while (moved) {
				moved = false;
				for (int node = 0; node < size(); node++) {
					int current = community[node];
					Map<Integer, Double> weightTo = new TreeMap<>();
					neighbours.get(node)
						.forEach((other, weight) -> weightTo.merge(community[other], weight, Double::sum));
					communityMass[current] -= masses[node];
					int best = current;
					double bestGain = weightTo.getOrDefault(current, 0.0)
							- resolution * communityMass[current] * masses[node];
					for (Map.Entry<Integer, Double> candidate : weightTo.entrySet()) {
						double gain = candidate.getValue()
								- resolution * communityMass[candidate.getKey()] * masses[node];
						if (gain > bestGain + MIN_GAIN) {
							best = candidate.getKey();
							bestGain = gain;
						}
					}
					communityMass[best] += masses[node];
					if (best != current) {
						community[node] = best;
						moved = true;
					}
				}
			}
			return renumbered(community);
		}

		private static int[] renumbered(int[] community) {
			Map<Integer, Integer> numbers = new HashMap<>();
			return Arrays.stream(community)
				.map(label -> numbers.computeIfAbsent(label, next -> numbers.size()))
				.toArray();
		}

		Level aggregate(int[] community, int communities) {
			Level next = new Level(emptyNeighbours(communities), new double[communities], new double[communities]);
			for (int node = 0; node < size(); node++) {
				next.selfLoops[community[node]] += selfLoops[node];
				next.masses[community[node]] += masses[node];
				for (Map.Entry<Integer, Double> neighbour : neighbours.get(node).entrySet()) {
					if (node < neighbour.getKey()) {
						next.connect(community[node], community[neighbour.getKey()], neighbour.getValue());
					}
				}
			}
			return next;
		}

	}

}
