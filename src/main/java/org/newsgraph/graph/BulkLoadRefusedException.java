package org.newsgraph.graph;

import org.newsgraph.NewsgraphException;

/**
 * A bulk load asked of a database it would have to replace: one that holds data, or one
 * on an external server, whose store the importer cannot write.
 */
public final class BulkLoadRefusedException extends NewsgraphException {

	BulkLoadRefusedException(String message) {
		super(message);
	}

}
