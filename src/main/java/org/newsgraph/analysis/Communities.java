package org.newsgraph.analysis;

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
 * 2008): nodes move to the neighbouring community that raises modularity most, then each
 * community becomes one node, until nothing moves. It runs on the networks people draw
 * (hundreds of nodes, milliseconds), so a drawing and its export are coloured alike
 * without a round trip to Graph Data Science. Nodes are visited in index order, a node
 * moves only for a real gain and ties go to the lower community, so the same network
 * always gets the same communities.
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
		int[] membership = IntStream.range(0, nodeCount).toArray();
		while (true) {
			int[] moved = level.moveNodes();
			int communities = Arrays.stream(moved).max().orElse(-1) + 1;
			if (communities == level.size()) {
				return numberedBySize(membership);
			}
			for (int node = 0; node < nodeCount; node++) {
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
	 * below, their inner weight kept as self-loops.
	 */
	private record Level(List<Map<Integer, Double>> neighbours, double[] selfLoops) {

		static Level of(int nodeCount, List<int[]> edges, List<Double> weights) {
			Level level = new Level(emptyNeighbours(nodeCount), new double[nodeCount]);
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
		int[] moveNodes() {
			int[] community = IntStream.range(0, size()).toArray();
			double[] degree = IntStream.range(0, size()).mapToDouble(this::degree).toArray();
			double[] communityDegree = degree.clone();
			double twiceTotalWeight = Arrays.stream(degree).sum();
			if (twiceTotalWeight == 0) {
				return community;
			}
			boolean moved = true;
			while (moved) {
				moved = false;
				for (int node = 0; node < size(); node++) {
					int current = community[node];
					Map<Integer, Double> weightTo = new TreeMap<>();
					neighbours.get(node)
						.forEach((other, weight) -> weightTo.merge(community[other], weight, Double::sum));
					communityDegree[current] -= degree[node];
					int best = current;
					double bestGain = gain(weightTo.getOrDefault(current, 0.0), communityDegree[current], degree[node],
							twiceTotalWeight);
					for (Map.Entry<Integer, Double> candidate : weightTo.entrySet()) {
						double gain = gain(candidate.getValue(), communityDegree[candidate.getKey()], degree[node],
								twiceTotalWeight);
						if (gain > bestGain + MIN_GAIN) {
							best = candidate.getKey();
							bestGain = gain;
						}
					}
					communityDegree[best] += degree[node];
					if (best != current) {
						community[node] = best;
						moved = true;
					}
				}
			}
			return renumbered(community);
		}

		private static double gain(double weightToCommunity, double communityDegree, double nodeDegree,
				double twiceTotalWeight) {
			return weightToCommunity - communityDegree * nodeDegree / twiceTotalWeight;
		}

		private static int[] renumbered(int[] community) {
			Map<Integer, Integer> numbers = new HashMap<>();
			return Arrays.stream(community)
				.map(label -> numbers.computeIfAbsent(label, next -> numbers.size()))
				.toArray();
		}

		Level aggregate(int[] community, int communities) {
			Level next = new Level(emptyNeighbours(communities), new double[communities]);
			for (int node = 0; node < size(); node++) {
				next.selfLoops[community[node]] += selfLoops[node];
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
