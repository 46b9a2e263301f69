package org.newsgraph.ingest;

import org.newsgraph.NewsgraphException;

/**
 * Thrown when a document cannot be read as a news document; it carries the file, line and
 * reason.
 */
public final class DocumentRejectedException extends NewsgraphException {

	private final transient DocumentProblem problem;

	public DocumentRejectedException(DocumentProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	public DocumentProblem problem() {
		return problem;
	}

}
