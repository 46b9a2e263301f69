package org.newsgraph.query;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/** How a search ranks: by words, by meaning, or by both ({@link SearchRanking}). */
@Serdeable
public enum SearchMode {

	/** Meaning, raised by the query's words where an article holds them. */
	HYBRID,
	/** Lucene's full-text rank of titles and excerpts. */
	TEXT,
	/** The cosine of sentence vectors. */
	SEMANTIC;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws InvalidQueryException for anything but the three modes
	 */
	public static SearchMode of(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException("mode: must be hybrid, text or semantic, not '" + name + "'");
		}
	}

}
