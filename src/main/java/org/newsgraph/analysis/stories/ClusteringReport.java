package org.newsgraph.analysis.stories;

import java.time.Duration;

/**
 * What one round of clustering did.
 *
 * @param articlesClustered articles whose story was formed (again)
 * @param articlesCompared articles read to compare them with: the pending ones and their
 * neighbours in time
 * @param links similarity links written
 * @param stories stories written
 * @param algorithm {@code gds} or {@code java}: who computed the components
 */
public record ClusteringReport(long articlesClustered, long articlesCompared, long links, long stories,
		String algorithm, Duration elapsed) {

	static ClusteringReport nothingPending(Duration elapsed) {
		return new ClusteringReport(0, 0, 0, 0, "none", elapsed);
	}

	public String summary() {
		return String.format(
				"Stories: %d formed from %d articles (%d compared, %d similarity links, components by %s) in %d ms%n",
				stories, articlesClustered, articlesCompared, links, algorithm, elapsed.toMillis());
	}

}
