package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.graph.DocumentUnloader;
import org.newsgraph.graph.UnloadReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unload", mixinStandardHelpOptions = true,
		description = "Removes loaded documents' contributions from the graph: their links, and the articles, "
				+ "outlets, topics, images and URLs no other document mentions. The files need not exist any more.")
final class UnloadCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH",
			description = "Loaded files, or folders (every loaded file below them).")
	List<Path> paths;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Resolved when the command runs: picocli creates every command up front, even for
	 * --help.
	 */
	@Inject
	BeanProvider<DocumentUnloader> unloader;

	@Inject
	BeanProvider<GraphAnalysis> analysis;

	@Inject
	BeanProvider<GraphEmbeddings> embeddings;

	@Override
	public Integer call() {
		UnloadReport report = unloader.get().unload(paths);
		spec.commandLine().getOut().print(report.summary());
		spec.commandLine()
			.getOut()
			.print(analysis.get().update(ConsoleProgress.on(spec.commandLine().getErr())).summary());
		spec.commandLine().getOut().flush();
		// Stories formed again wait for their mean vector.
		EmbeddingStep.run(embeddings.get(), spec);
		return ExitCodes.OK;
	}

}
