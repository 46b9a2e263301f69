package org.newsgraph.query;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An organisation of the gazetteer.
 *
 * @param kind {@code campaign-group}, {@code police-force}, {@code government-body},
 * {@code company}, {@code research}, {@code media} or {@code other}
 */
@Serdeable
public record OrganisationRef(String id, String name, String kind) {
}
