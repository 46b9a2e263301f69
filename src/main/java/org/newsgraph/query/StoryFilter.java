package org.newsgraph.query;

import java.time.OffsetDateTime;

import io.micronaut.core.annotation.Nullable;

/**
 * Which stories to list, and in which order.
 *
 * @param text a Lucene query over the titles and excerpts of their articles
 * @param topic a topic one of their articles has
 * @param outlet the domain of an outlet that covered them
 * @param from covered on or after
 * @param to covered on or before
 * @param minOutlets covered by at least this many outlets
 * @param sort {@code size} (most articles first) or {@code recency} (latest first)
 */
public record StoryFilter(@Nullable String text, @Nullable String topic, @Nullable String outlet,
		@Nullable OffsetDateTime from, @Nullable OffsetDateTime to, int minOutlets, String sort) {

	/**
	 * Whether the list is the default one, most articles first with no filter but the
	 * number of outlets: then it is read in the order of an index, a page at a time.
	 */
	boolean onlyByOutletsAndSize() {
		return text == null && topic == null && outlet == null && from == null && to == null && "size".equals(sort);
	}
}
