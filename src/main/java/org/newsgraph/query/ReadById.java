package org.newsgraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;

/**
 * Read models of what a ranking worked out elsewhere named by id (searches, "more like
 * this"), keyed by id: the ranking keeps its own order, and an id no longer in the graph
 * is simply absent.
 */
final class ReadById {

	private ReadById() {
	}

	/**
	 * @param statement takes {@code $ids} and returns one map per row in {@code column},
	 * with the id under {@code id}
	 */
	static <T> Map<String, T> read(TransactionContext tx, CypherStatement statement, String column, List<String> ids,
			Function<Value, T> model) {
		Map<String, T> byId = new HashMap<>();
		tx.run(statement.text(), Map.of("ids", ids)).forEachRemaining(row -> {
			Value found = row.get(column);
			byId.put(found.get("id").asString(), model.apply(found));
		});
		return byId;
	}

}
