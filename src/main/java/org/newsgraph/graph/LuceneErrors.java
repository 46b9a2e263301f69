package org.newsgraph.graph;

import java.util.Optional;

import org.neo4j.driver.exceptions.ClientException;

/**
 * Reasons for a Lucene query that does not parse, as a person can act on them: the
 * full-text procedure fails inside Lucene's query parser, and its reason is the last
 * cause in the server's message, after the parser's class name and before its list of
 * expectations.
 */
public final class LuceneErrors {

	private static final String LUCENE_QUERY_PARSER = "org.apache.lucene.queryparser.";

	private LuceneErrors() {
	}

	/** Empty when the error is not about a query's syntax. */
	public static Optional<String> reason(ClientException ex) {
		String message = ex.getMessage();
		if (message == null || !message.contains(LUCENE_QUERY_PARSER)) {
			return Optional.empty();
		}
		String reason = message.substring(message.lastIndexOf(LUCENE_QUERY_PARSER));
		reason = reason.substring(reason.indexOf(": ") + 2).lines().findFirst().orElse("").strip();
		int expectations = reason.indexOf("Was expecting");
		return Optional.of(expectations < 0 ? reason : reason.substring(0, expectations).strip());
	}

}
