package org.newsgraph.ingest;

import java.nio.file.Path;

/**
 * Why one document could not be loaded.
 *
 * @param line the 1-based line the problem was found at; 0 when it concerns the file as a
 * whole
 * @param field the value at fault, by its full name in the document
 * ({@code related[1].webUrl}); null when the problem is not about one value (YAML syntax,
 * encoding, size)
 * @param reason what is wrong, for a person to act on
 */
public record DocumentProblem(Path file, int line, String field, String reason) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
	}

}
