package org.newsgraph.query;

import java.util.function.Supplier;

import org.neo4j.driver.exceptions.ClientException;
import org.newsgraph.graph.LuceneErrors;

/**
 * Reads that take a person's Lucene query: a query that does not parse is their mistake
 * (a 400 with Lucene's reason), not the server's.
 */
final class TextSearch {

	private TextSearch() {
	}

	/** A query the full-text index will take, or null for no text filter at all. */
	static String queryOrNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * @throws InvalidQueryException when the read fails on the text's syntax
	 */
	static <T> T read(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (ClientException ex) {
			throw LuceneErrors.reason(ex)
				.<RuntimeException>map(reason -> new InvalidQueryException("text: not a valid Lucene query: " + reason))
				.orElse(ex);
		}
	}

}
