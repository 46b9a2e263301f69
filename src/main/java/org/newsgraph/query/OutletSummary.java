package org.newsgraph.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An outlet with how many articles in the graph it published. */
@Serdeable
public record OutletSummary(String domain, @Nullable String name, long articles) {
}
