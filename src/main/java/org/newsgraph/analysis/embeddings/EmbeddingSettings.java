package org.newsgraph.analysis.embeddings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How articles and stories get their sentence vectors.
 *
 * @param enabled false leaves every vector as it is and searches by words only
 * @param maxTokens a text is cut after this many word pieces (the model takes 256): the
 * title and the excerpt's first sentences say what an article is about. Measured on the
 * development labels, 64 found similar articles as well as 128 and 256 (recall@5 0.945,
 * 0.936, 0.936) and paraphrased queries as well (hit@5 0.6 each), 32 worse (0.918); on
 * texts longer than that, 64 encodes about twice as fast
 * @param threads texts encoded at once; 0 for one per core
 * @param articlesPerTransaction articles read, encoded and written per transaction: a
 * killed round loses at most one such page
 * @param storiesPerTransaction stories whose mean vector is worked out per transaction
 * @param storyMembers a story's vector is the mean of at most this many of its members'
 */
@ConfigurationProperties("newsgraph.embeddings")
public record EmbeddingSettings(@Bindable(defaultValue = "true") boolean enabled,
		@Bindable(defaultValue = "64") int maxTokens, @Bindable(defaultValue = "0") int threads,
		@Bindable(defaultValue = "512") int articlesPerTransaction,
		@Bindable(defaultValue = "128") int storiesPerTransaction, @Bindable(defaultValue = "256") int storyMembers) {

	public int encodingThreads() {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

}
