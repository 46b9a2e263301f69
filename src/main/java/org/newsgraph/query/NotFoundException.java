package org.newsgraph.query;

import org.newsgraph.NewsgraphException;

/** The thing asked for is not in the graph. */
public final class NotFoundException extends NewsgraphException {

	public NotFoundException(String message) {
		super(message);
	}

}
