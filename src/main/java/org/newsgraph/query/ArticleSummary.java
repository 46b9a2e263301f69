package org.newsgraph.query;

import java.time.OffsetDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An article as lists show it. */
@Serdeable
public record ArticleSummary(String id, String url, String title, @Nullable String excerpt,
		@Nullable OffsetDateTime publishedAt, @Nullable OutletRef outlet) {
}
