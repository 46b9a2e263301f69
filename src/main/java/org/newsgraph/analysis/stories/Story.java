package org.newsgraph.analysis.stories;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsgraph.ingest.Sha256;

/**
 * One story as written to the graph.
 *
 * @param id derived from its earliest article, so the same input gives the same ids
 * @param headline the title of its most representative article: the one most similar to
 * all the others
 * @param topTerms the words that weigh most across its articles
 * @param articles ids of its articles, earliest first
 */
record Story(String id, String headline, String headlineArticle, Instant firstPublishedAt, Instant lastPublishedAt,
		int articleCount, int outletCount, List<String> topTerms, List<String> articles) {

	/**
	 * @param members in {@link ArticleFeatures#CHRONOLOGICAL} order
	 */
	static Story of(List<ArticleFeatures> members, int topTerms) {
		Map<String, Double> summed = new HashMap<>();
		members.forEach(member -> member.vector().forEach((stem, weight) -> summed.merge(stem, weight, Double::sum)));
		ArticleFeatures representative = representative(members, TermVector.of(summed));
		List<Instant> dates = members.stream()
			.map(member -> member.article().publishedAt())
			.filter(Objects::nonNull)
			.toList();
		return new Story(idFor(members.get(0).article().id()), representative.article().title(),
				representative.article().id(), dates.isEmpty() ? null : dates.get(0),
				dates.isEmpty() ? null : dates.get(dates.size() - 1), members.size(),
				(int) members.stream()
					.map(member -> member.article().outlet())
					.filter(Objects::nonNull)
					.distinct()
					.count(),
				topTerms(members, summed, topTerms), members.stream().map(member -> member.article().id()).toList());
	}

	static String idFor(String earliestArticle) {
		return Sha256.hex(("story:" + earliestArticle).getBytes(StandardCharsets.UTF_8)).substring(0, 20);
	}

	/**
	 * The member with the largest sum of cosines with the others: its dot product with
	 * the members' summed vector, less its own. Summing over every pair instead grew with
	 * the square of the members, and a story of a million generated documents had
	 * thousands.
	 */
	private static ArticleFeatures representative(List<ArticleFeatures> members, TermVector summed) {
		ArticleFeatures best = members.get(0);
		double bestSum = -1;
		for (ArticleFeatures candidate : members) {
			double sum = candidate.vector().dot(summed) - candidate.vector().dot(candidate.vector());
			if (sum > bestSum + 1e-9) {
				best = candidate;
				bestSum = sum;
			}
		}
		return best;
	}

	private static List<String> topTerms(List<ArticleFeatures> members, Map<String, Double> weights, int limit) {
		Map<String, String> surface = new HashMap<>();
		members.forEach(member -> member.terms().surface().forEach(surface::putIfAbsent));
		List<Map.Entry<String, Double>> ranked = new ArrayList<>(weights.entrySet());
		ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		return ranked.stream()
			.map(entry -> surface.get(entry.getKey()))
			.filter(word -> !ArticleTerms.isFunctionWord(word))
			.limit(limit)
			.toList();
	}

}
