/**
 * What the loaded graph means, kept current after every load by
 * {@link org.newsgraph.analysis.GraphAnalysis}: it runs the concerns, each in a package
 * of its own that knows neither this one nor the others: organisations named
 * ({@code organisations}), stories ({@code stories}), campaigns ({@code campaigns}); and
 * after them, off the write path, the sentence vectors of what changed
 * ({@code embeddings}, run by {@link org.newsgraph.analysis.GraphEmbeddings}). Beside
 * them, {@code suggestions} proposes definitions and {@code evaluation} measures stories
 * against human labels. Reads and writes through {@link org.newsgraph.graph.Graph}, never
 * straight to the driver's sessions.
 */
package org.newsgraph.analysis;
