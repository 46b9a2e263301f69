package org.newsgraph.query;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * A list read one page at a time, in one read transaction: a statement returning
 * {@code total}, and a statement taking {@code $skip} and {@code $limit} whose rows carry
 * each item in {@code column}.
 */
record PagedRead<T>(CypherStatement count, CypherStatement items, String column, Function<Value, T> mapper) {

	Page<T> read(Graph graph, PageRequest request) {
		return graph.read(tx -> {
			long total = tx.run(count.text()).single().get("total").asLong();
			var page = tx.run(items.text(), Map.of("skip", request.skip(), "limit", request.size()))
				.list(row -> mapper.apply(row.get(column)));
			return new Page<>(page, request.page(), request.size(), total);
		});
	}

}
