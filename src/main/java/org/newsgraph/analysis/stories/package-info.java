/**
 * Stories: articles from many outlets about one event ({@code IN_STORY}), and the
 * similarity links between articles that form them ({@code SIMILAR_TO}, near-duplicate
 * and syndicated copy flagged). Articles are compared with their neighbours in time by
 * their words, their word pairs, the names and figures they give, images and related
 * lists; stories are the communities of the strong links, kept to the members that
 * resemble the story as a whole. {@link org.newsgraph.analysis.stories.StoryClustering}
 * keeps them current after every load.
 */
package org.newsgraph.analysis.stories;
