package org.newsgraph.analysis.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.ingest.OrganisationDefinition;
import org.newsgraph.analysis.progress.AnalysisProgress;

/**
 * Puts the gazetteer into the graph and links each article to the organisations its title
 * and excerpt name. Articles are read and written a page at a time, in id order, so
 * memory stays flat however many there are.
 */
public final class OrganisationTagging {

	private static final CypherStatement MERGE = CypherStatement.load("analysis/merge-organisations");

	private static final CypherStatement DELETE_UNDEFINED = CypherStatement
		.load("analysis/delete-undefined-organisations");

	private static final CypherStatement WRITE_MENTIONS = CypherStatement.load("analysis/write-mentions");

	private static final CypherStatement ARTICLE_COUNT = CypherStatement.load("read/article-count");

	private final Graph graph;

	public OrganisationTagging(Graph graph) {
		this.graph = graph;
	}

	public void define(List<OrganisationDefinition> organisations) {
		List<Map<String, Object>> rows = organisations.stream()
			.map(organisation -> Map.<String, Object>of("id", organisation.id(), "name", organisation.name(), "kind",
					organisation.kind().label(), "aliases", organisation.aliases()))
			.toList();
		graph.write(tx -> {
			tx.run(MERGE.text(), Map.of("organisations", rows)).consume();
			return tx
				.run(DELETE_UNDEFINED.text(),
						Map.of("ids", organisations.stream().map(OrganisationDefinition::id).toList()))
				.consume();
		});
	}

	/**
	 * @param all every article, else only those written since stories were last formed
	 */
	public Tagged tag(OrganisationMatcher matcher, boolean all, AnalysisProgress.Listener progress) {
		long total = all ? graph.read(tx -> tx.run(ARTICLE_COUNT.text()).single().get("total").asLong()) : 0;
		long[] counts = new long[2];
		ArticleTexts.forEachPage(graph, all, page -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Record article : page) {
				List<String> found = List.copyOf(matcher.organisationsIn(ArticleTexts.text(article)));
				if (!found.isEmpty() || article.get("tagged").asBoolean()) {
					rows.add(Map.of("id", article.get("id").asString(), "organisations", found));
				}
				counts[1] += found.size();
			}
			if (!rows.isEmpty()) {
				graph.write(tx -> tx.run(WRITE_MENTIONS.text(), Map.of("articles", rows)).consume());
			}
			counts[0] += page.size();
			progress.progress(new AnalysisProgress("Finding organisations in articles", counts[0], total));
		});
		return new Tagged(counts[0], counts[1]);
	}

	public record Tagged(long articles, long mentions) {

	}

}
