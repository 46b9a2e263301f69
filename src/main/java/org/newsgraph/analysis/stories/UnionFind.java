package org.newsgraph.analysis.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weakly connected components without Graph Data Science: union by size with path
 * halving, near-linear in articles plus links.
 */
final class UnionFind {

	private final Map<String, String> parent = new HashMap<>();

	private final Map<String, Integer> size = new HashMap<>();

	UnionFind(Collection<String> members) {
		members.forEach(member -> {
			parent.put(member, member);
			size.put(member, 1);
		});
	}

	void union(String a, String b) {
		String rootA = find(a);
		String rootB = find(b);
		if (rootA.equals(rootB)) {
			return;
		}
		if (size.get(rootA) < size.get(rootB)) {
			String swap = rootA;
			rootA = rootB;
			rootB = swap;
		}
		parent.put(rootB, rootA);
		size.merge(rootA, size.get(rootB), Integer::sum);
	}

	String find(String member) {
		String current = member;
		while (!parent.get(current).equals(current)) {
			String grandparent = parent.get(parent.get(current));
			parent.put(current, grandparent);
			current = grandparent;
		}
		return current;
	}

	Collection<List<String>> components() {
		Map<String, List<String>> components = new HashMap<>();
		parent.keySet()
			.forEach(member -> components.computeIfAbsent(find(member), root -> new ArrayList<>()).add(member));
		return components.values();
	}

}
