package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.LoadReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
		description = "Loads news documents (.md, .markdown, .txt, .yaml, .yml; folders recursively) into the graph. "
				+ "Loading the same files again changes nothing; a bad document is reported and skipped.")
final class LoadCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or files to load.")
	List<Path> paths;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Resolved when the command runs: picocli creates every command up front, even for
	 * --help.
	 */
	@Inject
	BeanProvider<DocumentLoader> loader;

	@Override
	public Integer call() {
		LoadReport report = loader.get().load(paths);
		spec.commandLine().getOut().print(report.summary());
		spec.commandLine().getOut().flush();
		return report.complete() ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_REJECTED;
	}

}
