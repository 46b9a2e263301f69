package org.newsgraph.analysis.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * TF-IDF vectors: words that few articles use (names, places, numbers) weigh more than
 * the words of the whole field. Document frequencies come from the whole graph.
 */
final class TermWeights {

	private final Map<String, Long> documentFrequency;

	private final long articles;

	TermWeights(Map<String, Long> documentFrequency, long articles) {
		this.documentFrequency = documentFrequency;
		this.articles = articles;
	}

	/** In how many articles each stem occurs. */
	Map<String, Long> documentFrequencies() {
		return documentFrequency;
	}

	long articles() {
		return articles;
	}

	/** Unit-length TF-IDF weights of the stems. */
	TermVector vector(ArticleTerms terms) {
		Map<String, Integer> counts = new HashMap<>();
		terms.stems().forEach(stem -> counts.merge(stem, 1, Integer::sum));
		Map<String, Double> weights = new HashMap<>();
		double norm = 0;
		for (var entry : counts.entrySet()) {
			double weight = (1 + Math.log(entry.getValue())) * idf(entry.getKey());
			weights.put(entry.getKey(), weight);
			norm += weight * weight;
		}
		double length = Math.sqrt(norm);
		if (length > 0) {
			weights.replaceAll((stem, weight) -> weight / length);
		}
		return TermVector.of(weights);
	}

	double idf(String stem) {
		long df = Math.max(1, documentFrequency.getOrDefault(stem, 1L));
		return Math.log((articles + 1.0) / (df + 1.0));
	}

}
