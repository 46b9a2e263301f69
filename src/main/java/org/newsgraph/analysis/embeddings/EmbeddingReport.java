package org.newsgraph.analysis.embeddings;

import java.time.Duration;

/**
 * What one embedding round did.
 *
 * @param articlesEncoded articles whose text went through the model
 * @param articlesUnchanged articles loaded again with the text their vector came from,
 * which kept it
 * @param stories stories whose vector was worked out again from their members'
 */
public record EmbeddingReport(long articlesEncoded, long articlesUnchanged, long stories, Duration elapsed) {

	public String summary() {
		return String.format(
				"Sentence vectors: %d articles encoded (%.0f/s), %d unchanged kept theirs, %d stories, in %d ms%n",
				articlesEncoded, articlesEncoded / Math.max(elapsed.toNanos() / 1e9, 1e-3), articlesUnchanged, stories,
				elapsed.toMillis());
	}

}
