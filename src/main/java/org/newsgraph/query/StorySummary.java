package org.newsgraph.query;

import java.time.OffsetDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A story in a list.
 *
 * @param headline the title of its most representative article
 * @param topTerms the words that weigh most across its articles
 */
@Serdeable
public record StorySummary(String id, String headline, @Nullable OffsetDateTime firstPublishedAt,
		@Nullable OffsetDateTime lastPublishedAt, long articleCount, long outletCount, List<String> topTerms) {
}
