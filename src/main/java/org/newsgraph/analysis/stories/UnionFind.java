package org.newsgraph.analysis.stories;

/**
 * Weakly connected components without Graph Data Science: union by size with path
 * halving, near-linear in articles plus links, over numbered articles.
 */
final class UnionFind {

	private final int[] parent;

	private final int[] size;

	UnionFind(int members) {
		parent = new int[members];
		size = new int[members];
		for (int member = 0; member < members; member++) {
			parent[member] = member;
			size[member] = 1;
		}
	}

	void union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA == rootB) {
			return;
		}
		if (size[rootA] < size[rootB]) {
			int swap = rootA;
			rootA = rootB;
			rootB = swap;
		}
		parent[rootB] = rootA;
		size[rootA] += size[rootB];
	}

	int find(int member) {
		int current = member;
		while (parent[current] != current) {
			parent[current] = parent[parent[current]];
			current = parent[current];
		}
		return current;
	}

}
