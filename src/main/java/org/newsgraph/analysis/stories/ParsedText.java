package org.newsgraph.analysis.stories;

import java.util.Objects;

/**
 * What an article's text alone says, whatever the round: its stems, its MinHash sketch
 * and its words as written. The round's weights and capitalisation turn them into
 * {@link ArticleFeatures}.
 */
record ParsedText(String title, String excerpt, ArticleTerms terms, MinHashSketch sketch, NameWords titleWords,
		NameWords excerptWords) {

	static ParsedText of(String title, String excerpt) {
		return new ParsedText(title, excerpt, ArticleTerms.of(title, excerpt), MinHashSketch.of(title, excerpt),
				NameWords.of(title), NameWords.of(excerpt));
	}

	boolean isOf(String title, String excerpt) {
		return Objects.equals(this.title, title) && Objects.equals(this.excerpt, excerpt);
	}

}
