package org.newsgraph.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0 to n-1 where the k-th is drawn in proportion to 1/(k+1) (Zipf's law), as
 * outlets publish and names recur in the news.
 */
final class LongTail {

	private final double[] cumulative;

	private final SplittableRandom random;

	LongTail(int size, SplittableRandom random) {
		this.random = random;
		this.cumulative = new double[size];
		double total = 0;
		for (int k = 0; k < size; k++) {
			total += 1.0 / (k + 1);
			cumulative[k] = total;
		}
		for (int k = 0; k < size; k++) {
			cumulative[k] /= total;
		}
	}

	int size() {
		return cumulative.length;
	}

	int draw() {
		int index = Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
	}

}
