package org.newsgraph.query;

import java.time.OffsetDateTime;

import io.micronaut.core.annotation.Nullable;

/**
 * What part of the graph a network is drawn from, and how much of it.
 *
 * @param campaign only articles of this campaign
 * @param topic only articles with this topic
 * @param from only articles published at or after this instant
 * @param to only articles published at or before this instant
 * @param minWeight edges lighter than this are left out
 * @param maxNodes the heaviest nodes kept (by stories for outlets, articles for
 * organisations)
 */
public record NetworkFilter(@Nullable String campaign, @Nullable String topic, @Nullable OffsetDateTime from,
		@Nullable OffsetDateTime to, int minWeight, int maxNodes) {

	/** Whether it draws from the whole graph, not from a part of it. */
	boolean isWholeGraph() {
		return campaign == null && topic == null && from == null && to == null;
	}

}
