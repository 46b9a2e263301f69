package org.newsgraph.query;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record OutletRef(String domain, String name) {
}
