package org.newsgraph.graph;

import org.neo4j.driver.summary.SummaryCounters;

/**
 * What a unit of work changed in the graph, summed over its statements. Built afresh by
 * every attempt of a transaction function, so that retried attempts are not counted
 * twice.
 */
final class GraphChanges {

	private long nodesCreated;

	private long nodesDeleted;

	private long relationshipsCreated;

	private long relationshipsDeleted;

	private long propertiesSet;

	void add(SummaryCounters counters) {
		nodesCreated += counters.nodesCreated();
		nodesDeleted += counters.nodesDeleted();
		relationshipsCreated += counters.relationshipsCreated();
		relationshipsDeleted += counters.relationshipsDeleted();
		propertiesSet += counters.propertiesSet();
	}

	long nodesCreated() {
		return nodesCreated;
	}

	long nodesDeleted() {
		return nodesDeleted;
	}

	long relationshipsCreated() {
		return relationshipsCreated;
	}

	long relationshipsDeleted() {
		return relationshipsDeleted;
	}

	long propertiesSet() {
		return propertiesSet;
	}

}
