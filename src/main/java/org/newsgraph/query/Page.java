package org.newsgraph.query;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One page of a longer list.
 *
 * @param page 0-based page number
 * @param size the requested page size
 * @param total how many items there are in all
 */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}
}
