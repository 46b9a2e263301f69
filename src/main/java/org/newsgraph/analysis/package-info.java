/**
 * What the loaded graph means: near-duplicate and syndicated copy ({@code SIMILAR_TO}),
 * stories (articles from many outlets about one event, {@code IN_STORY}), the
 * organisations articles name ({@code MENTIONS}, from a gazetteer) and the campaigns they
 * belong to ({@code IN_CAMPAIGN}, from campaign definitions), kept current after every
 * load by {@link org.newsgraph.analysis.GraphAnalysis}; stories are measured against
 * human labels. Reads and writes through {@link org.newsgraph.graph.Graph}, never
 * straight to the driver's sessions.
 */
package org.newsgraph.analysis;
