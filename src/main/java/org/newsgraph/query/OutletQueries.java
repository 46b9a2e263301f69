package org.newsgraph.query;

import static org.newsgraph.query.Values.text;

import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/** Outlets, most prolific first. */
@Singleton
public final class OutletQueries {

	private static final CypherStatement OUTLETS = CypherStatement.load("read/outlets");

	private static final CypherStatement OUTLET_COUNT = CypherStatement.load("read/outlet-count");

	private final Graph graph;

	OutletQueries(Graph graph) {
		this.graph = graph;
	}

	public Page<OutletSummary> list(PageRequest request) {
		return graph.read(tx -> {
			long total = tx.run(OUTLET_COUNT.text()).single().get("total").asLong();
			var items = tx.run(OUTLETS.text(), Map.of("skip", request.skip(), "limit", request.size()))
				.list(row -> summary(row.get("outlet")));
			return new Page<>(items, request.page(), request.size(), total);
		});
	}

	private static OutletSummary summary(Value outlet) {
		return new OutletSummary(text(outlet.get("domain")), text(outlet.get("name")), outlet.get("articles").asLong());
	}

}
