package org.newsgraph.api;

import org.newsgraph.NewsgraphException;

/**
 * A request without the right to what it asks: no valid token (401), or writing while
 * writing over HTTP is off (403).
 */
final class AccessRefusedException extends NewsgraphException {

	private final boolean authenticating;

	private AccessRefusedException(String message, boolean authenticating) {
		super(message);
		this.authenticating = authenticating;
	}

	static AccessRefusedException noValidToken(String message) {
		return new AccessRefusedException(message, true);
	}

	static AccessRefusedException writesOff() {
		return new AccessRefusedException(
				"Changing the graph over HTTP is off; the server's operator can turn it on by setting "
						+ "NEWSGRAPH_API_TOKEN (newsgraph.api.token)",
				false);
	}

	/** Whether presenting a (valid) token would help. */
	boolean authenticating() {
		return authenticating;
	}

}
