package org.newsgraph.query;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param cacheAnswers how many answers of reads are kept until the graph changes (0 keeps
 * none): the least recently used go first, and a network counts for one answer per
 * thousand nodes and edges
 * @param revalidateAfter how old what this process knows of the graph may grow before the
 * server is asked whether anybody else changed it; the longest a change made outside this
 * process (another newsgraph process, Neo4j Browser) can go unseen
 * @param freshWithin how long a read waits for its answer to be worked out afresh after a
 * change when an older answer is kept; past it, the older one is given (see
 * {@link ReadCache})
 */
@ConfigurationProperties("newsgraph.reads")
public record ReadSettings(@Bindable(defaultValue = "500") int cacheAnswers,
		@Bindable(defaultValue = "1s") Duration revalidateAfter, @Bindable(defaultValue = "1s") Duration freshWithin) {

	public ReadSettings {
		if (cacheAnswers < 0) {
			throw new IllegalArgumentException("newsgraph.reads.cache-answers must be 0 or more: " + cacheAnswers);
		}
	}

}
