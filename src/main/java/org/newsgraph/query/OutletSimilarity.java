package org.newsgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * Ranks the outlets whose story coverage most resembles one outlet's. Graph Data
 * Science's filtered node similarity does it on a projection of outlets and stories where
 * the server has it; otherwise the counts of shared stories are read with Cypher and
 * ranked here. Either way the scores come from {@link Overlap}, so both give the same
 * answer.
 */
final class OutletSimilarity {

	private static final CypherStatement SHARING = CypherStatement.load("read/outlets-sharing-stories");

	private static final CypherStatement GDS_SIMILAR = CypherStatement.load("analysis/gds-similar-outlets");

	private static final CypherStatement DROP_PROJECTION = CypherStatement.load("analysis/gds-drop-graph");

	private static final String GDS_PROCEDURE = "gds.nodeSimilarity.filtered.stream";

	private final Graph graph;

	private final OutletSettings settings;

	OutletSimilarity(Graph graph, OutletSettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	boolean usesGds() {
		return switch (settings.similarity()) {
			case GDS -> true;
			case CYPHER -> false;
			case AUTO -> graph.hasProcedure(GDS_PROCEDURE);
		};
	}

	List<SimilarOutlet> similarTo(String domain, SimilarityMeasure measure, int limit, boolean gds) {
		List<Record> rows = gds ? withGds(domain, measure, limit)
				: graph.read(tx -> tx
					.run(SHARING.text(), Map.of("domain", domain, "measure", measure.name(), "limit", limit))
					.list());
		List<Ranked> ranked = new ArrayList<>();
		for (Record row : rows) {
			for (Value other : row.get("others").values()) {
				Overlap overlap = Overlap.counted(other.get("shared").asLong(), row.get("stories").asLong(),
						other.get("stories").asLong());
				ranked.add(new Ranked(
						new SimilarOutlet(other.get("domain").asString(), Values.text(other.get("name")),
								overlap.storiesB(), overlap.shared(), overlap.jaccard(), overlap.overlapCoefficient()),
						overlap.score(measure)));
			}
		}
		return ranked.stream()
			.sorted(Comparator.comparingDouble(Ranked::score)
				.reversed()
				.thenComparing(Comparator.comparingLong((Ranked r) -> r.outlet().sharedStories()).reversed())
				.thenComparing(r -> r.outlet().domain()))
			.limit(limit)
			.map(Ranked::outlet)
			.toList();
	}

	/**
	 * A projection of its own per call (named uniquely, dropped after), so that
	 * concurrent requests and a changing graph never see a stale one.
	 */
	private List<Record> withGds(String domain, SimilarityMeasure measure, int limit) {
		String graphName = "newsgraph-outlets-" + Long.toHexString(System.nanoTime());
		try {
			return graph.read(
					tx -> tx
						.run(GDS_SIMILAR.text(),
								Map.of("domain", domain, "graphName", graphName, "metric", measure.name(), "limit",
										limit))
						.list());
		}
		finally {
			graph.read(tx -> tx.run(DROP_PROJECTION.text(), Map.of("graphName", graphName)).consume());
		}
	}

	private record Ranked(SimilarOutlet outlet, double score) {
	}

}
