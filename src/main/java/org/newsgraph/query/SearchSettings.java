package org.newsgraph.query;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How searches and "more like this" rank. The weights were chosen on the development
 * labels (README, "Search by meaning").
 *
 * @param candidates the words half and the meaning half each find this many articles (and
 * the meaning half as many stories)
 * @param wordsWeight what an article holding all of a query's words, with the best Lucene
 * score, gains over its similarity in meaning ({@link SearchRanking})
 * @param similarCandidates the articles nearest in meaning that "more like this" ranks
 * again with what they share
 * @param similarOrganisationWeight added per organisation both articles name, up to three
 * @param similarTimeWeight added for articles published together, falling by e every
 * {@code similarTimeDays}
 * @param similarTimeDays see {@code similarTimeWeight}
 */
@ConfigurationProperties("newsgraph.search")
public record SearchSettings(@Bindable(defaultValue = "100") int candidates,
		@Bindable(defaultValue = "0.1") double wordsWeight, @Bindable(defaultValue = "50") int similarCandidates,
		@Bindable(defaultValue = "0.02") double similarOrganisationWeight,
		@Bindable(defaultValue = "0.1") double similarTimeWeight,
		@Bindable(defaultValue = "3") double similarTimeDays) {
}
