package org.newsgraph.analysis.stories;

import java.time.Instant;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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

	/** From a row of the statements that read what clustering needs of an article. */
	static StoryArticle of(Record record) {
		Value article = record.get("article");
		return new StoryArticle(article.get("id").asString(), article.get("title").asString(null),
				article.get("excerpt").asString(null),
				article.get("publishedAt").isNull() ? null : article.get("publishedAt").asZonedDateTime().toInstant(),
				article.get("outlet").asString(null), Set.copyOf(article.get("related").asList(Value::asString)),
				Set.copyOf(article.get("images").asList(Value::asString)), article.get("story").asString(null),
				article.get("pending").asBoolean());
	}

}
