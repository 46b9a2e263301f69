package org.newsgraph.query;

import io.micronaut.serde.annotation.Serdeable;

/** The story an article belongs to. */
@Serdeable
public record StoryRef(String id, String headline, long articleCount, long outletCount) {
}
