package org.newsgraph.bench;

import java.util.Arrays;

/** Response times of many calls, in milliseconds, and their percentiles. */
public final class Latencies {

	private double[] millis = new double[1024];

	private int count;

	void add(long nanos) {
		append(nanos / 1e6);
	}

	void addAll(Latencies other) {
		for (int i = 0; i < other.count; i++) {
			append(other.millis[i]);
		}
	}

	private void append(double time) {
		if (count == millis.length) {
			millis = Arrays.copyOf(millis, count * 2);
		}
		millis[count++] = time;
	}

	public int count() {
		return count;
	}

	/**
	 * By the nearest-rank method: the smallest time at least this share of calls took.
	 */
	public double percentile(double share) {
		if (count == 0) {
			return Double.NaN;
		}
		double[] sorted = Arrays.copyOf(millis, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(share * count);
		return sorted[Math.max(0, rank - 1)];
	}

}
