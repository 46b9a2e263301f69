package org.newsgraph.ingest;

/**
 * An image shown with an article. Width and height are null when the document does not
 * give them.
 */
public record ImageFacts(String url, Long width, Long height) {
}
