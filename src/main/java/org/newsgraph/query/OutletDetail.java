package org.newsgraph.query;

import java.time.OffsetDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One outlet: its output, its topics, the campaigns it carried, its latest stories and
 * the outlets that cover most like it.
 *
 * @param similarOutlets the most similar outlets by Jaccard index on stories
 */
@Serdeable
public record OutletDetail(String domain, @Nullable String name, long articles, long stories,
		@Nullable OffsetDateTime firstPublishedAt, @Nullable OffsetDateTime lastPublishedAt, List<Count> topics,
		List<Count> campaigns, List<StorySummary> latestStories, List<SimilarOutlet> similarOutlets) {

	/**
	 * A topic or campaign with the outlet's articles in it.
	 *
	 * @param id the campaign's id; null for a topic
	 */
	@Serdeable
	public record Count(@Nullable String id, String name, long articles) {
	}

}
