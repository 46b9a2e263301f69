package org.newsgraph.cli;

import org.newsgraph.graph.LoadReport;

/** What the process's exit status means, for scripts. */
final class ExitCodes {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int SOME_DOCUMENTS_REJECTED = 3;

	private ExitCodes() {
	}

	static int of(LoadReport report) {
		return report.complete() ? OK : SOME_DOCUMENTS_REJECTED;
	}

}
