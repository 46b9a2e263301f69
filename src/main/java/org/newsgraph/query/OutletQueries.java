package org.newsgraph.query;

import static org.newsgraph.query.Values.text;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/** Outlets, most prolific first. */
@Singleton
public final class OutletQueries {

	private static final PagedRead<OutletSummary> OUTLETS = new PagedRead<>(CypherStatement.load("read/outlet-count"),
			CypherStatement.load("read/outlets"), "outlet", OutletQueries::summary);

	private final Graph graph;

	OutletQueries(Graph graph) {
		this.graph = graph;
	}

	public Page<OutletSummary> list(PageRequest request) {
		return OUTLETS.read(graph, request);
	}

	private static OutletSummary summary(Value outlet) {
		return new OutletSummary(text(outlet.get("domain")), text(outlet.get("name")), outlet.get("articles").asLong());
	}

}
