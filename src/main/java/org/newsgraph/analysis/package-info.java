/**
 * What the loaded graph means: near-duplicate and syndicated copy ({@code SIMILAR_TO}),
 * stories (articles from many outlets about one event, {@code IN_STORY}), kept current
 * after every load and measured against human labels. Reads and writes through
 * {@link org.newsgraph.graph.Graph}, never straight to the driver's sessions.
 */
package org.newsgraph.analysis;
