package org.newsgraph.analysis.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommunitiesTest {

	private final List<int[]> edges = new ArrayList<>();

	private final List<Double> weights = new ArrayList<>();

	@Test
	void twoTrianglesJoinedByOneEdgeAreTwoCommunities() {
		clique(0, 1, 2);
		clique(3, 4, 5);
		link(2, 3, 1);
		assertThat(Communities.louvain(6, edges, weights)).containsExactly(0, 0, 0, 1, 1, 1);
	}

	@Test
	void aRingOfCliquesIsOneCommunityPerClique() {
		for (int clique = 0; clique < 6; clique++) {
			int first = clique * 5;
			clique(first, first + 1, first + 2, first + 3, first + 4);
			link(first + 4, (first + 5) % 30, 1);
		}
		int[] communities = Communities.louvain(30, edges, weights);
		for (int clique = 0; clique < 6; clique++) {
			int first = clique * 5;
			assertThat(List.of(communities[first + 1], communities[first + 2], communities[first + 3],
					communities[first + 4]))
				.containsOnly(communities[first]);
		}
		assertThat(communities).containsOnly(0, 1, 2, 3, 4, 5);
	}

	@Test
	void heavyEdgesHoldTheirEndsTogetherAgainstManyLightOnes() {
		link(0, 1, 10);
		link(2, 3, 10);
		link(0, 2, 1);
		link(1, 3, 1);
		link(0, 3, 1);
		int[] communities = Communities.louvain(4, edges, weights);
		assertThat(communities[0]).isEqualTo(communities[1]).isNotEqualTo(communities[2]);
		assertThat(communities[2]).isEqualTo(communities[3]);
	}

	@Test
	void nodesWithoutEdgesAreCommunitiesOfTheirOwnAfterTheConnectedOnes() {
		link(1, 2, 1);
		assertThat(Communities.louvain(4, edges, weights)).containsExactly(1, 0, 0, 2);
	}

	@Test
	void communitiesAreNumberedByDescendingSize() {
		clique(0, 1, 2);
		clique(3, 4, 5, 6, 7);
		link(2, 3, 1);
		assertThat(Communities.louvain(8, edges, weights)).containsExactly(1, 1, 1, 0, 0, 0, 0, 0);
	}

	@Test
	void theSameNetworkGivenInAnotherEdgeOrderGetsTheSameCommunities() {
		clique(0, 1, 2, 3);
		clique(4, 5, 6);
		clique(7, 8, 9, 10);
		link(3, 4, 1);
		link(6, 7, 1);
		link(0, 10, 1);
		int[] communities = Communities.louvain(11, edges, weights);
		List<Integer> order = new ArrayList<>();
		for (int edge = 0; edge < edges.size(); edge++) {
			order.add(edge);
		}
		Collections.reverse(order);
		List<int[]> reversedEdges = order.stream().map(edges::get).map(edge -> new int[] { edge[1], edge[0] }).toList();
		List<Double> reversedWeights = order.stream().map(weights::get).toList();
		assertThat(Communities.louvain(11, reversedEdges, reversedWeights)).containsExactly(communities);
	}

	@Test
	void anEmptyNetworkHasNoCommunities() {
		assertThat(Communities.louvain(0, edges, weights)).isEmpty();
	}

	@Test
	void theConstantPottsModelCutsAWeakLinkBetweenTwoStrongGroups() {
		clique(0.5, 0, 1, 2);
		clique(0.5, 3, 4, 5);
		link(2, 3, 0.2);

		assertThat(Communities.constantPotts(6, edges, weights, 0.05)).containsExactly(0, 0, 0, 1, 1, 1);
	}

	@Test
	void withoutResolutionTheConstantPottsModelGivesTheConnectedComponents() {
		clique(0.5, 0, 1, 2);
		clique(0.5, 3, 4, 5);
		link(2, 3, 0.2);
		link(6, 7, 0.2);

		assertThat(Communities.constantPotts(9, edges, weights, 0)).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 2);
	}

	@Test
	void aCliqueHoldsTogetherWhereAChainOfTheSameLinksFallsApart() {
		clique(0.2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		for (int node = 10; node < 19; node++) {
			link(node, node + 1, 0.2);
		}

		int[] communities = Communities.constantPotts(20, edges, weights, 0.05);

		assertThat(Arrays.copyOfRange(communities, 0, 10)).containsOnly(communities[0]);
		assertThat(Arrays.stream(communities, 10, 20).distinct().count()).isGreaterThan(1);
		assertThat(Arrays.copyOfRange(communities, 10, 20)).doesNotContain(communities[0]);
	}

	/**
	 * Modularity would merge small groups once the network around them is large enough
	 * (its resolution limit); the constant Potts model must not, or stories would grow
	 * with the corpus.
	 */
	@Test
	void theConstantPottsModelKeepsSmallGroupsApartInANetworkOfAnySize() {
		for (int first = 0; first < 3_000; first += 3) {
			clique(0.5, first, first + 1, first + 2);
			if (first > 0) {
				link(first - 1, first, 0.2);
			}
		}

		int[] communities = Communities.constantPotts(3_000, edges, weights, 0.05);

		assertThat(Arrays.stream(communities).distinct().count()).isEqualTo(1_000);
		assertThat(communities[0]).isEqualTo(communities[2]).isNotEqualTo(communities[3]);
	}

	private void clique(int... nodes) {
		clique(1, nodes);
	}

	private void clique(double weight, int... nodes) {
		for (int a = 0; a < nodes.length; a++) {
			for (int b = a + 1; b < nodes.length; b++) {
				link(nodes[a], nodes[b], weight);
			}
		}
	}

	private void link(int source, int target, double weight) {
		edges.add(new int[] { source, target });
		weights.add(weight);
	}

}
