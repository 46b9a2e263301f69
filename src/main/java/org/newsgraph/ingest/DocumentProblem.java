package org.newsgraph.ingest;

import java.nio.file.Path;

/**
 * Why one document could not be loaded: the file, the 1-based line the problem was found
 * at (0 when it concerns the file as a whole) and a reason a person can act on.
 */
public record DocumentProblem(Path file, int line, String reason) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
	}
}
