package org.newsgraph.graph;

import java.time.Duration;
import java.util.List;

import org.newsgraph.ingest.DocumentProblem;

/**
 * What a load did.
 *
 * @param documentsRead files read
 * @param documentsLoaded documents written (new or changed)
 * @param documentsUnchanged documents skipped because the same bytes were loaded before
 * @param documentsRejected how many documents could not be loaded
 * @param rejected those documents, each with file, line and reason (the first 10,000)
 * @param textsCleaned titles, excerpts and names whose entities, mojibake or white space
 * were repaired (the raw text is kept beside the clean one)
 * @param unknownKeys keys the loader does not map, kept as JSON on their nodes
 */
public record LoadReport(long documentsRead, long documentsLoaded, long documentsUnchanged, long documentsRejected,
		List<DocumentProblem> rejected, long textsCleaned, long unknownKeys, long nodesCreated,
		long relationshipsCreated, long propertiesSet, Duration elapsed) {

	public LoadReport {
		rejected = List.copyOf(rejected);
	}

	public boolean complete() {
		return documentsRejected == 0;
	}

	/** A summary for people, one fact per line, followed by every rejected document. */
	public String summary() {
		StringBuilder text = new StringBuilder().append(String.format("Documents read:        %d%n", documentsRead))
			.append(String.format("Documents loaded:      %d%n", documentsLoaded))
			.append(String.format("Documents unchanged:   %d%n", documentsUnchanged))
			.append(String.format("Documents rejected:    %d%n", documentsRejected))
			.append(String.format("Texts cleaned:         %d%n", textsCleaned))
			.append(String.format("Unknown keys kept:     %d%n", unknownKeys))
			.append(String.format("Nodes created:         %d%n", nodesCreated))
			.append(String.format("Relationships created: %d%n", relationshipsCreated))
			.append(String.format("Properties set:        %d%n", propertiesSet))
			.append(String.format("Took:                  %d ms%n", elapsed.toMillis()));
		rejected.forEach(problem -> text.append("Rejected ").append(problem).append(System.lineSeparator()));
		if (documentsRejected > rejected.size()) {
			text.append(String.format("... and %d more rejected documents%n", documentsRejected - rejected.size()));
		}
		return text.toString();
	}
}
