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

	/** The normalised mean; null for no vectors. */
	static float[] mean(List<float[]> vectors) {
		if (vectors.isEmpty()) {
			return null;
		}
		float[] mean = new float[vectors.get(0).length];
		for (float[] vector : vectors) {
			for (int d = 0; d < mean.length; d++) {
				mean[d] += vector[d];
			}
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
