package org.newsgraph.analysis.stories;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Weights of stems, kept in two arrays ordered by the stems' hash codes, so that two
 * vectors meet in one merge pass. Clustering compares millions of pairs; looking each
 * stem up in a hash map made that comparison most of its time.
 */
final class TermVector {

	private static final Comparator<String> BY_HASH = Comparator.comparingInt(String::hashCode)
		.thenComparing(Comparator.naturalOrder());

	private final String[] stems;

	private final int[] hashes;

	private final double[] weights;

	private TermVector(String[] stems, double[] weights) {
		this.stems = stems;
		this.weights = weights;
		this.hashes = Arrays.stream(stems).mapToInt(String::hashCode).toArray();
	}

	static TermVector of(Map<String, Double> weights) {
		String[] stems = weights.keySet().toArray(String[]::new);
		Arrays.sort(stems, BY_HASH);
		return new TermVector(stems, Arrays.stream(stems).mapToDouble(weights::get).toArray());
	}

	/** The dot product; the cosine when both vectors have unit length. */
	double dot(TermVector other) {
		double sum = 0;
		int i = 0;
		int j = 0;
		while (i < stems.length && j < other.stems.length) {
			int order = hashes[i] != other.hashes[j] ? Integer.compare(hashes[i], other.hashes[j])
					: stems[i].compareTo(other.stems[j]);
			if (order == 0) {
				sum += weights[i++] * other.weights[j++];
			}
			else if (order < 0) {
				i++;
			}
			else {
				j++;
			}
		}
		return sum;
	}

	void forEach(BiConsumer<String, Double> action) {
		for (int i = 0; i < stems.length; i++) {
			action.accept(stems[i], weights[i]);
		}
	}

	/** The heaviest stems first, ties by stem, so that the choice is stable. */
	List<String> heaviest(int limit) {
		return IntStream.range(0, stems.length)
			.boxed()
			.sorted(Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> stems[i]))
			.limit(limit)
			.map(i -> stems[i])
			.toList();
	}

}
