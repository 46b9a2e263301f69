package org.newsgraph.ingest;

/**
 * The outlet an article was published by, as a document's {@code provider} block names
 * it.
 */
public record OutletFacts(String domain, String name) {
}
