package org.newsgraph.analysis.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.analysis.stories.StoryCommunities.StrongLink;

/**
 * Groups the pending articles into stories: the weakly connected components of the links
 * that reach the threshold, each split into its communities ({@link StoryCommunities}).
 * Neo4j Graph Data Science computes the components in the server where it is installed,
 * over the links it reads; otherwise they are joined here, from the links just made and
 * those kept. Both give the same stories.
 */
final class StoryComponents {

	private static final CypherStatement GDS_PROJECT = CypherStatement.load("analysis/gds-project-pending");

	private static final CypherStatement GDS_COMPONENTS = CypherStatement.load("analysis/gds-components");

	private static final CypherStatement GDS_DROP = CypherStatement.load("analysis/gds-drop-graph");

	private static final CypherStatement PENDING = CypherStatement.load("analysis/pending-articles");

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
	 * @param made the links the round has just made: every link of an article pending
	 * when it began
	 * @param kept the articles whose links the round kept, the members of the stories it
	 * dissolved
	 */
	Collection<List<String>> ofPending(boolean gds, List<StoryLink> made, List<String> kept) {
		List<String> pending = graph.read(tx -> tx.run(PENDING.text()).list(row -> row.get("id").asString()));
		List<StrongLink> links = strongLinks(pending, made, kept);
		Collection<List<String>> components = gds ? withGds() : withUnionFind(pending, links);
		return new StoryCommunities(settings.cohesion()).of(components, links);
	}

	/**
	 * The links just made are taken as they are, not read back: at 100,000 documents
	 * reading them took 2–4 s. Of the kept articles' links, read from the graph, only
	 * those between two kept articles are new here, and each is met from both ends: it is
	 * taken once. A pair's weight must count once, or it would hold a story together
	 * twice as strongly.
	 */
	private List<StrongLink> strongLinks(List<String> pending, List<StoryLink> made, List<String> kept) {
		Set<String> pendingIds = new HashSet<>(pending);
		List<StrongLink> links = new ArrayList<>();
		made.stream()
			.filter(link -> link.score() >= settings.threshold() && pendingIds.contains(link.from())
					&& pendingIds.contains(link.to()))
			.forEach(link -> links.add(new StrongLink(link.from(), link.to(), link.score())));
		if (!kept.isEmpty()) {
			Set<String> keptIds = new HashSet<>(kept);
			graph.read(tx -> {
				tx.run(KEPT_LINKS.text(), Map.of("articles", kept, "threshold", settings.threshold()))
					.forEachRemaining(row -> {
						String from = row.get("from").asString();
						String to = row.get("to").asString();
						if (keptIds.contains(to) && from.compareTo(to) < 0) {
							links.add(new StrongLink(from, to, row.get("score").asDouble()));
						}
					});
				return null;
			});
		}
		return links;
	}

	private static Collection<List<String>> withUnionFind(List<String> pending, List<StrongLink> links) {
		UnionFind components = new UnionFind(pending);
		links.forEach(link -> components.union(link.from(), link.to()));
		return components.components();
	}

	private Collection<List<String>> withGds() {
		String graphName = "newsgraph-stories-" + Long.toHexString(System.nanoTime());
		Map<String, Object> parameters = Map.of("graphName", graphName, "threshold", settings.threshold());
		graph.read(tx -> tx.run(GDS_PROJECT.text(), parameters).consume());
		try {
			Map<Long, List<String>> components = new HashMap<>();
			graph.read(tx -> {
				tx.run(GDS_COMPONENTS.text(), parameters)
					.forEachRemaining(
							row -> components.computeIfAbsent(row.get("component").asLong(), key -> new ArrayList<>())
								.add(row.get("article").asString()));
				return null;
			});
			return components.values();
		}
		finally {
			graph.read(tx -> tx.run(GDS_DROP.text(), parameters).consume());
		}
	}

}
