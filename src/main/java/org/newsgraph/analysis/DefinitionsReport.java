package org.newsgraph.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What applying the gazetteer and the campaigns did.
 *
 * @param organisations organisations in the gazetteer
 * @param articlesTagged articles whose organisations were looked for (all of them when
 * the gazetteer changed, else those written since the last round)
 * @param mentions organisation mentions found in those articles
 * @param campaignArticles each campaign's number of articles; null when no campaign had
 * to be looked at again (no new articles, same definitions)
 * @param missing configured definition files that do not exist
 */
public record DefinitionsReport(int organisations, long articlesTagged, long mentions,
		Map<String, Long> campaignArticles, List<Path> missing, Duration elapsed) {

	public DefinitionsReport {
		campaignArticles = campaignArticles == null ? null : Map.copyOf(campaignArticles);
		missing = List.copyOf(missing);
	}

	public String summary() {
		StringBuilder summary = new StringBuilder();
		missing.forEach(file -> summary.append("Not found, skipped: ").append(file.toAbsolutePath()).append('\n'));
		summary.append(String.format("Organisations: %d in the gazetteer, %d mentions found in %d articles%n",
				organisations, mentions, articlesTagged));
		summary.append(String.format("Campaigns: %s (%d ms)%n", campaigns(), elapsed.toMillis()));
		return summary.toString();
	}

	private String campaigns() {
		if (campaignArticles == null) {
			return "unchanged (no new articles, same definitions)";
		}
		if (campaignArticles.isEmpty()) {
			return "none defined";
		}
		return campaignArticles.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(campaign -> campaign.getKey() + " " + campaign.getValue() + " articles")
			.collect(Collectors.joining(", "));
	}

}
