package org.newsgraph.query;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a search found: stories and articles, best first.
 *
 * @param mode how they were ranked: the mode asked for, or {@code text} when sentence
 * vectors are turned off
 */
@Serdeable
public record SearchResults(String query, SearchMode mode, List<FoundStory> stories, List<FoundArticle> articles) {

	/**
	 * @param score Lucene's score in text mode; otherwise the similarity of the sentence
	 * vectors, (1 + cosine) / 2, raised in hybrid mode by the query's words
	 */
	@Serdeable
	public record FoundStory(StorySummary story, double score) {
	}

	/**
	 * @param score as {@link FoundStory#score}
	 */
	@Serdeable
	public record FoundArticle(ArticleSummary article, double score) {
	}

}
