package org.newsgraph.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An article like another, and why.
 *
 * @param score how alike: the cosine of their sentence vectors plus what they share
 * ({@link SearchSettings}), or the similarity link's score when found by words
 * @param by {@code meaning}, or {@code words} for an article without a vector yet or when
 * asked for
 * @param similarity the cosine of their sentence vectors, or the link's score by words
 * @param sharedOrganisations organisations both name
 * @param sameOutlet whether one outlet published both
 * @param daysApart days between their publication, when both have a date
 */
@Serdeable
public record SimilarArticle(ArticleSummary article, double score, String by, double similarity,
		long sharedOrganisations, boolean sameOutlet, @Nullable Double daysApart) {
}
