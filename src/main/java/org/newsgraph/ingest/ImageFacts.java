package org.newsgraph.ingest;

/**
 * An image shown with an article; optional facts are null when the document does not give
 * them.
 *
 * @param cached the feed's {@code isCached} flag
 * @param extra unknown keys as a JSON object, or null
 */
public record ImageFacts(String url, Long width, Long height, String title, Boolean cached, String extra) {
}
