package org.newsgraph.analysis.stories;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * The weakly connected components of the links that reach the threshold, among the
 * articles a round forms stories for. Neo4j Graph Data Science computes them in the
 * server where it is installed, over the links it reads; otherwise they are joined here,
 * from the links just made and those kept. Both give the same components.
 */
final class StoryComponents {

	private static final CypherStatement GDS_PROJECT = CypherStatement.load("analysis/gds-project-pending");

	private static final CypherStatement GDS_COMPONENTS = CypherStatement.load("analysis/gds-components");

	private static final CypherStatement GDS_DROP = CypherStatement.load("analysis/gds-drop-graph");

	private static final CypherStatement KEPT_LINKS = CypherStatement.load("analysis/kept-story-links");

	private final Graph graph;

	private final StorySettings settings;

	StoryComponents(Graph graph, StorySettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	/**
	 * Whether components will be computed by GDS, as configured and as the server allows.
	 */
	boolean usesGds() {
		return switch (settings.algorithm()) {
			case GDS -> true;
			case JAVA -> false;
			case AUTO -> graph.hasProcedure("gds.wcc.stream");
		};
	}

	/**
	 * Adds the strong links between two kept articles, the members of the stories the
	 * round dissolved, read from the graph; the links of every other article are those
	 * just made. Each is met from both ends and taken once: a pair's weight must count
	 * once, or it would hold a story together twice as strongly.
	 */
	void addKeptLinks(ArticleIds ids, BitSet kept, StrongLinks links) {
		if (kept.isEmpty()) {
			return;
		}
		Map<String, Object> parameters = Map.of("articles", kept.stream().mapToObj(ids::id).toList(), "threshold",
				settings.threshold());
		graph.read(tx -> {
			tx.run(KEPT_LINKS.text(), parameters).forEachRemaining(row -> {
				String from = row.get("from").asString();
				int to = ids.find(row.get("to").asString());
				if (to >= 0 && kept.get(to) && from.compareTo(ids.id(to)) < 0) {
					links.add(ids.number(from), to, row.get("score").asDouble());
				}
			});
			return null;
		});
	}

	/**
	 * @param members the numbers of the articles the round forms stories for
	 * @return each member's component, numbered by one of its members; -1 for the others
	 */
	int[] of(boolean gds, ArticleIds ids, BitSet members, StrongLinks links) {
		return gds ? withGds(ids, members) : withUnionFind(ids, members, links);
	}

	private static int[] withUnionFind(ArticleIds ids, BitSet members, StrongLinks links) {
		UnionFind components = new UnionFind(ids.size());
		for (int link = 0; link < links.size(); link++) {
			if (members.get(links.from(link)) && members.get(links.to(link))) {
				components.union(links.from(link), links.to(link));
			}
		}
		int[] componentOf = new int[ids.size()];
		for (int article = 0; article < componentOf.length; article++) {
			componentOf[article] = members.get(article) ? components.find(article) : -1;
		}
		return componentOf;
	}

	/**
	 * Pending articles the round did not count (written by a load since it began) are
	 * left for the next round.
	 */
	private int[] withGds(ArticleIds ids, BitSet members) {
		int[] componentOf = new int[ids.size()];
		for (int article = 0; article < componentOf.length; article++) {
			componentOf[article] = members.get(article) ? article : -1;
		}
		String graphName = "newsgraph-stories-" + Long.toHexString(System.nanoTime());
		Map<String, Object> parameters = Map.of("graphName", graphName, "threshold", settings.threshold());
		graph.read(tx -> tx.run(GDS_PROJECT.text(), parameters).consume());
		try {
			Map<Long, Integer> firstOfComponent = new HashMap<>();
			graph.read(tx -> {
				tx.run(GDS_COMPONENTS.text(), parameters).forEachRemaining(row -> {
					int article = ids.find(row.get("article").asString());
					if (article >= 0 && members.get(article)) {
						componentOf[article] = firstOfComponent.computeIfAbsent(row.get("component").asLong(),
								component -> article);
					}
				});
				return null;
			});
			return componentOf;
		}
		finally {
			graph.read(tx -> tx.run(GDS_DROP.text(), parameters).consume());
		}
	}

}
