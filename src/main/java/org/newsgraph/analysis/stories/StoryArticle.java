package org.newsgraph.analysis.stories;

import java.time.Instant;
import java.util.Set;

/**
 * What clustering knows of one article.
 *
 * @param publishedAt null when no document gave a date
 * @param outlet the publisher's domain, null when unknown
 * @param related ids of the articles a document's related list links with this one
 * @param images URLs of its images
 * @param story the id of its current story, null when it has none yet
 * @param pending true when the article is new or changed since stories were last formed
 */
record StoryArticle(String id, String title, String excerpt, Instant publishedAt, String outlet, Set<String> related,
		Set<String> images, String story, boolean pending) {
}
