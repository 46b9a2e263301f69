package org.newsgraph.analysis.stories;

import java.util.Comparator;
import java.util.List;

/**
 * An article with what its text says: weighted words for topical similarity, a MinHash
 * sketch for copies.
 */
record ArticleFeatures(StoryArticle article, ArticleTerms terms, TermVector vector, MinHashSketch sketch,
		ArticleNames names) {

	/**
	 * Earliest first, undated last, then by id: the order that makes story ids stable.
	 */
	static final Comparator<ArticleFeatures> CHRONOLOGICAL = Comparator
		.comparing((ArticleFeatures features) -> features.article().publishedAt(),
				Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(features -> features.article().id());

	static ArticleFeatures of(StoryArticle article, TermWeights weights, Capitalisation capitalisation) {
		return of(article, ParsedText.of(article.title(), article.excerpt()), weights, capitalisation);
	}

	/**
	 * @param text the article's text as parsed, perhaps in an earlier round
	 * @param capitalisation how the round's articles write their words, to tell names
	 */
	static ArticleFeatures of(StoryArticle article, ParsedText text, TermWeights weights,
			Capitalisation capitalisation) {
		return new ArticleFeatures(article, text.terms(), weights.vector(text.terms()), text.sketch(),
				ArticleNames.of(text.titleWords(), text.excerptWords(), capitalisation));
	}

	/** The stems that most distinguish this article, heaviest first. */
	List<String> distinctiveStems(int limit) {
		return vector.heaviest(limit);
	}

}
