package org.newsgraph.query;

/**
 * Which page to read. Bounds are checked where requests arrive; this only turns them into
 * {@code $skip}/{@code $limit}.
 */
public record PageRequest(int page, int size) {

	public long skip() {
		return (long) page * size;
	}
}
