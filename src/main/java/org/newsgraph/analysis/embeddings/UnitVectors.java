package org.newsgraph.analysis.embeddings;

import java.util.List;

import org.neo4j.driver.Value;

/** Vectors of unit length: what the model gives, and the mean that stands for a story. */
final class UnitVectors {

	private UnitVectors() {
	}

	static float[] of(Value list) {
		float[] vector = new float[list.size()];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = list.get(i).asFloat();
		}
		return vector;
	}

	/**
	 * The normalised mean, summed in double precision in the order given; null for no
	 * vectors.
	 */
	static float[] mean(List<float[]> vectors) {
		if (vectors.isEmpty()) {
			return null;
		}
		double[] sum = new double[vectors.get(0).length];
		for (float[] vector : vectors) {
			for (int d = 0; d < sum.length; d++) {
				sum[d] += vector[d];
			}
		}
		float[] mean = new float[sum.length];
		for (int d = 0; d < sum.length; d++) {
			mean[d] = (float) (sum[d] / vectors.size());
		}
		return normalised(mean);
	}

	static float[] normalised(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		if (norm == 0) {
			return vector;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int d = 0; d < vector.length; d++) {
			vector[d] *= scale;
		}
		return vector;
	}

}
