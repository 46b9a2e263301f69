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
		return of(article, ArticleTerms.of(article.title(), article.excerpt()), weights, capitalisation);
	}

	/**
	 * @param terms the article's terms, when they were needed before the weights were
	 * known
	 * @param capitalisation how the round's articles write their words, to tell names
	 */
	static ArticleFeatures of(StoryArticle article, ArticleTerms terms, TermWeights weights,
			Capitalisation capitalisation) {
		return new ArticleFeatures(article, terms, weights.vector(terms),
				MinHashSketch.of(article.title(), article.excerpt()),
				ArticleNames.of(NameWords.of(article.title()), NameWords.of(article.excerpt()), capitalisation));
	}

	/** The stems that most distinguish this article, heaviest first. */
	List<String> distinctiveStems(int limit) {
		return vector.heaviest(limit);
	}

}
