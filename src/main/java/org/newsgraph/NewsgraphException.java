package org.newsgraph;

/**
 * The one root of every exception newsgraph throws on purpose. Unchecked, so that callers
 * catch only where they can do something useful; the API and the CLI translate it into a
 * problem response or an exit code.
 */
public class NewsgraphException extends RuntimeException {

	public NewsgraphException(String message) {
		super(message);
	}

	public NewsgraphException(String message, Throwable cause) {
		super(message, cause);
	}

}
