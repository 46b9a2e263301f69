package org.newsgraph.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An outlet ranked by how much its coverage resembles another's.
 *
 * @param stories stories it covered
 * @param sharedStories stories both covered
 */
@Serdeable
public record SimilarOutlet(String domain, @Nullable String name, long stories, long sharedStories, double jaccard,
		double overlapCoefficient) {
}
