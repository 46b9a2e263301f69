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
	 * @throws InvalidQueryException when the read fails on the syntax of the parameter
	 * {@code text}
	 */
	static <T> T read(Supplier<T> read) {
		return read("text", read);
	}

	/**
	 * @param parameter the name the person gave the text under, for the message
	 * @throws InvalidQueryException when the read fails on the text's syntax
	 */
	static <T> T read(String parameter, Supplier<T> read) {
		try {
			return read.get();
		}
		catch (ClientException ex) {
			throw LuceneErrors.reason(ex)
				.<RuntimeException>map(
						reason -> new InvalidQueryException(parameter + ": not a valid Lucene query: " + reason))
				.orElse(ex);
		}
	}

}
