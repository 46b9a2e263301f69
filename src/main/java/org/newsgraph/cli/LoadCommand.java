package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.graph.BulkLoadRefusedException;
import org.newsgraph.graph.BulkLoader;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.LoadReport;
import org.newsgraph.graph.LoadReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
		description = "Loads news documents (.md, .markdown, .txt, .yaml, .yml; folders recursively) into the graph, "
				+ "then forms the stories of the new articles, finds the organisations they name, refreshes campaign membership "
				+ "and works out the sentence vectors of new texts (NEWSGRAPH_EMBEDDINGS=false: not). Loading the same files again changes nothing; "
				+ "a bad document is reported and skipped. "
				+ "Into a new embedded data folder, more documents than newsgraph.load.bulk-threshold (10,000) "
				+ "take the bulk path by themselves.")
final class LoadCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or files to load.")
	List<Path> paths;

	@Option(names = "--report", paramLabel = "FILE",
			description = "Also write the report, with every rejected document (file, line, field, reason), as JSON.")
	Path report;

	@Option(names = "--bulk",
			description = "Build the store with Neo4j's importer: several times faster for a big first load. Only "
					+ "into an empty embedded database (exit code 2 otherwise).")
	boolean bulk;

	@Inject
	JsonMapper json;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Resolved when the command runs: picocli creates every command up front, even for
	 * --help.
	 */
	@Inject
	BeanProvider<DocumentLoader> loader;

	@Inject
	BeanProvider<BulkLoader> bulkLoader;

	@Inject
	BeanProvider<GraphAnalysis> analysis;

	@Inject
	BeanProvider<GraphEmbeddings> embeddings;

	@Override
	public Integer call() throws IOException {
		LoadReport loaded;
		try {
			loaded = bulk || bulkLoader.get().pays(paths)
					? bulkLoader.get().load(paths, ConsoleProgress.on(spec.commandLine().getErr()))
					: loader.get().load(paths, ConsoleProgress.on(spec.commandLine().getErr()));
		}
		catch (BulkLoadRefusedException ex) {
			spec.commandLine().getErr().println("newsgraph: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		spec.commandLine().getOut().print(loaded.summary());
		// Seen before the analysis, which can take as long as the load.
		spec.commandLine().getOut().flush();
		spec.commandLine()
			.getOut()
			.print(analysis.get().update(ConsoleProgress.on(spec.commandLine().getErr())).summary());
		spec.commandLine().getOut().flush();
		EmbeddingStep.run(embeddings.get(), spec);
		if (report != null) {
			Files.write(report, json.writeValueAsBytes(LoadReportJson.of(loaded)));
		}
		return ExitCodes.of(loaded);
	}

}
