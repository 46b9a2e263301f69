package org.newsgraph.query;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How searches and "more like this" rank. The weights were chosen on the development
 * labels (README, "Search by meaning").
 *
 * @param candidates each ranking (words, meaning) offers this many to the fusion
 * @param fusionConstant reciprocal rank fusion's k: a result scores 1 / (k + rank) in
 * each ranking; 60 is the value of its authors, which damps the weight of the very first
 * ranks
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
