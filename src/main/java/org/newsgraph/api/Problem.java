package org.newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An RFC 9457 problem detail. */
@Serdeable
record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance) {

	static final String CONTENT_TYPE = "application/problem+json";

}
