package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Objects;

import org.newsgraph.NewsgraphException;
import org.newsgraph.analysis.GraphAnalysis;

/**
 * Applies the gazetteer and campaign files while {@code serve} runs, whenever their
 * contents change. A broken file is reported once (not at every check) and the graph
 * keeps the definitions last applied.
 */
final class DefinitionsWatch implements Runnable {

	private final GraphAnalysis analysis;

	private final PrintWriter out;

	private final PrintWriter err;

	private String lastProblem;

	DefinitionsWatch(GraphAnalysis analysis, PrintWriter out, PrintWriter err) {
		this.analysis = analysis;
		this.out = out;
		this.err = err;
	}

	@Override
	public void run() {
		try {
			analysis.applyChangedDefinitions().ifPresent(report -> {
				out.print("Definitions changed and applied. " + report.summary());
				out.flush();
			});
			lastProblem = null;
		}
		catch (NewsgraphException ex) {
			if (!Objects.equals(lastProblem, ex.getMessage())) {
				lastProblem = ex.getMessage();
				err.println("newsgraph: definitions not applied, the previous ones stay: " + ex.getMessage());
				err.flush();
			}
		}
	}

}
