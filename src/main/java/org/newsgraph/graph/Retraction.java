package org.newsgraph.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Takes back what documents contributed: the links they stated (related articles, topics,
 * images, URLs) and what they said they describe. Then, once the caller has written
 * whatever replaces them, {@link #prune} removes the articles no document describes any
 * more and the outlets, topics, images and URLs left with nothing linked.
 * <p>
 * Facts (properties) a retracted document set on an article that other documents still
 * describe stay until one of those documents sets them again.
 */
final class Retraction {

	private static final CypherStatement FIND_NEIGHBOURHOOD = CypherStatement.load("write/find-document-neighbourhood");

	private static final CypherStatement RETRACT_RELATED_LINKS = CypherStatement.load("write/retract-related-links");

	private static final CypherStatement RETRACT_LINKS = CypherStatement.load("write/retract-links");

	private static final CypherStatement RETRACT_DESCRIPTIONS = CypherStatement.load("write/retract-descriptions");

	private static final CypherStatement PRUNE_ARTICLES = CypherStatement.load("write/prune-articles");

	private static final CypherStatement PRUNE_ORPHANS = CypherStatement.load("write/prune-orphans");

	private final List<String> articles;

	private final List<String> neighbours;

	private Retraction(List<String> articles, List<String> neighbours) {
		this.articles = articles;
		this.neighbours = neighbours;
	}

	static Retraction of(TransactionContext tx, List<String> paths, GraphChanges changes) {
		Map<String, Object> parameters = Map.of("paths", paths);
		Record touched = tx.run(FIND_NEIGHBOURHOOD.text(), parameters).single();
		changes.add(tx.run(RETRACT_RELATED_LINKS.text(), parameters).consume().counters());
		changes.add(tx.run(RETRACT_LINKS.text(), parameters).consume().counters());
		changes.add(tx.run(RETRACT_DESCRIPTIONS.text(), parameters).consume().counters());
		return new Retraction(touched.get("articles").asList(value -> value.asString()),
				touched.get("neighbours").asList(value -> value.asString()));
	}

	void prune(TransactionContext tx, GraphChanges changes) {
		changes.add(tx.run(PRUNE_ARTICLES.text(), Map.of("articles", articles)).consume().counters());
		changes.add(tx.run(PRUNE_ORPHANS.text(), Map.of("nodes", neighbours)).consume().counters());
	}

}
