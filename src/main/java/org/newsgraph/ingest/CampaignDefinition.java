package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One campaign from a campaigns file: which articles belong to it (a full-text query with
 * optional filters) and who is behind it.
 *
 * @param query Lucene syntax, run over the titles and excerpts of articles
 * @param from articles published on or after this day; null for no bound
 * @param to articles published on or before this day; null for no bound
 * @param topics only articles with one of these topics; empty for any
 * @param outlets only articles of these outlet domains; empty for any
 * @param organisations ids of the organisations that run it (from the gazetteer)
 * @param targets ids of the organisations it addresses (from the gazetteer)
 * @param source file and line of its definition, for error messages
 */
public record CampaignDefinition(String id, String name, String description, String query, LocalDate from, LocalDate to,
		List<String> topics, List<String> outlets, List<String> organisations, List<String> targets, String source) {

	public CampaignDefinition {
		topics = List.copyOf(topics);
		outlets = List.copyOf(outlets);
		organisations = List.copyOf(organisations);
		targets = List.copyOf(targets);
	}

}
