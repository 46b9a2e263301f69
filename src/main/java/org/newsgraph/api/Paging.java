package org.newsgraph.api;

/**
 * Bounds on paged reads, the same on every endpoint, so no request can ask for an
 * unbounded result.
 */
final class Paging {

	static final int MAX_SIZE = 100;

	/** Deep pages cost a scan of everything before them; past this, filter instead. */
	static final int MAX_PAGE = 10_000;

	private Paging() {
	}

}
