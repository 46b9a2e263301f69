package org.newsgraph.ingest;

import org.newsgraph.NewsgraphException;

/**
 * A value inside the front matter is unusable; the parser adds the file name before it
 * leaves this package.
 */
final class InvalidValueException extends NewsgraphException {

	private final int line;

	private final String field;

	/**
	 * @param field the value's full name in the document ({@code related[1].webUrl}), or
	 * null when the problem is not about one value
	 */
	InvalidValueException(int line, String field, String reason) {
		super(reason);
		this.line = line;
		this.field = field;
	}

	int line() {
		return line;
	}

	String field() {
		return field;
	}

}
