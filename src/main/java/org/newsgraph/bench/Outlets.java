package org.newsgraph.bench;

/**
 * The outlets of a generated corpus, from a long tail: a few publish much, most a little.
 */
final class Outlets {

	private final LongTail ranks;

	Outlets(LongTail ranks) {
		this.ranks = ranks;
	}

	/** Outlets for the articles of one story: never the same outlet twice. */
	int[] distinct(int articles) {
		int wanted = Math.min(articles, ranks.size());
		int[] chosen = new int[articles];
		int found = 0;
		while (found < wanted) {
			int candidate = ranks.draw();
			boolean seen = false;
			for (int i = 0; i < found && !seen; i++) {
				seen = chosen[i] == candidate;
			}
			if (!seen) {
				chosen[found++] = candidate;
			}
		}
		for (int i = wanted; i < articles; i++) {
			chosen[i] = ranks.draw();
		}
		return chosen;
	}

	Outlet get(int rank) {
		return new Outlet("Outlet " + (rank + 1), "outlet-" + (rank + 1) + ".example");
	}

	record Outlet(String name, String domain) {
	}

}
