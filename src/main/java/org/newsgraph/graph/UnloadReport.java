package org.newsgraph.graph;

import java.time.Duration;

/** What an unload did. */
public record UnloadReport(long documentsUnloaded, long nodesDeleted, long relationshipsDeleted, Duration elapsed) {

	/** A summary for people, one fact per line. */
	public String summary() {
		return String.format("Documents unloaded:    %d%n", documentsUnloaded)
				+ String.format("Nodes deleted:         %d%n", nodesDeleted)
				+ String.format("Relationships deleted: %d%n", relationshipsDeleted)
				+ String.format("Took:                  %d ms%n", elapsed.toMillis());
	}

}
