package org.newsgraph.query;

import java.time.OffsetDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Two outlets compared on the stories they covered.
 *
 * @param sharedStories how many stories both covered
 * @param jaccard shared stories over the stories either covered
 * @param overlapCoefficient shared stories over the stories of the outlet that covered
 * fewer
 * @param firstMover who published first on the shared stories, and by how long
 * @param stories the shared stories, latest first (at most the number asked for)
 */
@Serdeable
public record OutletOverlap(Side a, Side b, long sharedStories, double jaccard, double overlapCoefficient,
		FirstMover firstMover, List<SharedStory> stories) {

	/** One of the two outlets, with how many stories it covered. */
	@Serdeable
	public record Side(String domain, @Nullable String name, long stories) {
	}

	/**
	 * @param firstA outlet a's first article on it
	 * @param firstB outlet b's first article on it
	 */
	@Serdeable
	public record SharedStory(String id, String headline, long articleCount, long outletCount,
			@Nullable OffsetDateTime firstA, @Nullable OffsetDateTime firstB) {
	}

}
