package org.newsgraph.analysis.campaigns;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.exceptions.ClientException;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.graph.LuceneErrors;
import org.newsgraph.ingest.CampaignDefinition;
import org.newsgraph.analysis.progress.AnalysisProgress;

/**
 * Puts the campaigns into the graph and materialises their membership: each campaign's
 * full-text query runs on the {@code article_text} index, and the articles it finds
 * within the campaign's filters are linked {@code IN_CAMPAIGN}. Queries are checked
 * before anything is written, so a typo in one campaign changes nothing.
 */
public final class CampaignMembership {

	private static final CypherStatement CHECK_QUERY = CypherStatement.load("analysis/check-campaign-query");

	private static final CypherStatement MERGE = CypherStatement.load("analysis/merge-campaigns");

	private static final CypherStatement DELETE_UNDEFINED = CypherStatement.load("analysis/delete-undefined-campaigns");

	private static final CypherStatement MEMBERS = CypherStatement.load("analysis/campaign-members");

	private static final CypherStatement PENDING = CypherStatement.load("analysis/campaign-pending");

	private static final CypherStatement CLEAR_PENDING = CypherStatement.load("analysis/clear-campaign-pending");

	private final Graph graph;

	public CampaignMembership(Graph graph) {
		this.graph = graph;
	}

	/**
	 * @throws InvalidCampaignException when a campaign's query is not valid Lucene syntax
	 */
	public void define(List<CampaignDefinition> campaigns) {
		campaigns.forEach(this::check);
		List<Map<String, Object>> rows = campaigns.stream().map(CampaignMembership::row).toList();
		graph.write(tx -> {
			tx.run(MERGE.text(), Map.of("campaigns", rows)).consume();
			return tx
				.run(DELETE_UNDEFINED.text(), Map.of("ids", campaigns.stream().map(CampaignDefinition::id).toList()))
				.consume();
		});
	}

	/** Whether articles were written since campaigns were last found. */
	public boolean articlesArePending() {
		return graph.read(tx -> tx.run(PENDING.text()).single().get("pending").asLong()) > 0;
	}

	/**
	 * Finds every campaign's articles again; returns their number per campaign. Articles
	 * stop waiting only once every campaign is done.
	 */
	public Map<String, Long> refresh(List<CampaignDefinition> campaigns, AnalysisProgress.Listener progress) {
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (CampaignDefinition campaign : campaigns) {
			Map<String, Object> parameters = row(campaign);
			sizes.put(campaign.id(),
					graph.write(tx -> tx.run(MEMBERS.text(), parameters).single().get("articles").asLong()));
			progress.progress(new AnalysisProgress("Finding campaign articles", sizes.size(), campaigns.size()));
		}
		graph.write(tx -> tx.run(CLEAR_PENDING.text()).consume());
		return sizes;
	}

	private void check(CampaignDefinition campaign) {
		try {
			graph.read(tx -> tx.run(CHECK_QUERY.text(), Map.of("query", campaign.query())).consume());
		}
		catch (ClientException ex) {
			throw new InvalidCampaignException(campaign.source() + ": campaign '" + campaign.id()
					+ "' has a query that is not valid Lucene syntax: "
					+ LuceneErrors.reason(ex).orElse(ex.getMessage()));
		}
	}

	private static Map<String, Object> row(CampaignDefinition campaign) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", campaign.id());
		row.put("name", campaign.name());
		row.put("description", campaign.description());
		row.put("query", campaign.query());
		row.put("from", campaign.from());
		row.put("to", campaign.to());
		row.put("topics", campaign.topics());
		row.put("outlets", campaign.outlets());
		row.put("source", campaign.source());
		row.put("organisations", campaign.organisations());
		row.put("targets", campaign.targets());
		return row;
	}

}
