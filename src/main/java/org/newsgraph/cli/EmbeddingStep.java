package org.newsgraph.cli;

import org.newsgraph.analysis.GraphEmbeddings;
import picocli.CommandLine;

/**
 * The embedding round that a command changing the graph runs before it exits, after the
 * analysis, with its progress bar and its summary line.
 */
final class EmbeddingStep {

	private EmbeddingStep() {
	}

	static void run(GraphEmbeddings embeddings, CommandLine.Model.CommandSpec spec) {
		embeddings.embedPending(ConsoleProgress.on(spec.commandLine().getErr()))
			.ifPresent(round -> spec.commandLine().getOut().print(round.summary()));
		spec.commandLine().getOut().flush();
	}

}
