package org.newsgraph.ingest;

import org.newsgraph.NewsgraphException;

/**
 * A value inside the front matter is unusable; the parser adds the file name before it
 * leaves this package.
 */
final class InvalidValueException extends NewsgraphException {

	private final int line;

	InvalidValueException(int line, String reason) {
		super(reason);
		this.line = line;
	}

	int line() {
		return line;
	}

}
