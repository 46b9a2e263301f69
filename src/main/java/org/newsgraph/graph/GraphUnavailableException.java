package org.newsgraph.graph;

import org.newsgraph.NewsgraphException;

/**
 * Neo4j cannot be reached, refuses our credentials, or stopped answering even after the
 * driver's retries.
 */
public final class GraphUnavailableException extends NewsgraphException {

	GraphUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
