package org.newsgraph.query;

import org.newsgraph.NewsgraphException;

/**
 * A request the graph cannot answer because a value in it is unusable; the message says
 * which and why.
 */
public final class InvalidQueryException extends NewsgraphException {

	public InvalidQueryException(String message) {
		super(message);
	}

}
