package org.newsgraph.analysis.stories;

import java.util.Arrays;

/**
 * The links of a round that reach the threshold, as numbered articles and scores in
 * arrays: the only links a round holds for the whole corpus (a million articles had 4.5
 * million of them).
 */
final class StrongLinks {

	private int[] from = new int[1024];

	private int[] to = new int[1024];

	private double[] scores = new double[1024];

	private int size;

	void add(int first, int second, double score) {
		if (size == from.length) {
			from = Arrays.copyOf(from, size * 2);
			to = Arrays.copyOf(to, size * 2);
			scores = Arrays.copyOf(scores, size * 2);
		}
		from[size] = first;
		to[size] = second;
		scores[size] = score;
		size++;
	}

	int size() {
		return size;
	}

	int from(int link) {
		return from[link];
	}

	int to(int link) {
		return to[link];
	}

	double score(int link) {
		return scores[link];
	}

}
