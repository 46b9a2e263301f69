package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.newsgraph.ingest.DefinitionSettings;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.LoadReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Loads documents, then serves the HTTP API until stopped (Ctrl+C). Without NEO4J_URI, "
				+ "an embedded Neo4j with Bolt and Neo4j Browser runs alongside.")
final class ServeCommand implements Callable<Integer> {

	@Option(names = "--load", paramLabel = "PATH",
			description = "Folders or files to load before serving (repeatable). Default: newsgraph.serve.load "
					+ "(NEWSGRAPH_SERVE_LOAD), which is 'seeds'.")
	List<Path> load;

	@Option(names = "--no-load", description = "Load nothing; serve what the graph holds.")
	boolean noLoad;

	@Value("${newsgraph.serve.load:seeds}")
	List<Path> defaultLoad;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	ApplicationContext context;

	/**
	 * Resolved when the command runs: picocli creates every command up front, even for
	 * --help.
	 */
	@Inject
	BeanProvider<DocumentLoader> loader;

	@Inject
	BeanProvider<GraphAnalysis> analysis;

	@Inject
	@Named(TaskExecutors.SCHEDULED)
	BeanProvider<TaskScheduler> scheduler;

	@Inject
	DefinitionSettings definitions;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		// Connects (and starts the embedded server, and applies the schema) before
		// anything is served.
		DocumentLoader documentLoader = loader.get();
		int exitCode = ExitCodes.OK;
		List<Path> toLoad = pathsToLoad(out);
		if (!toLoad.isEmpty()) {
			LoadReport report = documentLoader.load(toLoad, ConsoleProgress.on(spec.commandLine().getErr()));
			out.print(report.summary());
			exitCode = ExitCodes.of(report);
		}
		out.print(analysis.get().update(ConsoleProgress.on(spec.commandLine().getErr())).summary());
		EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
		out.println("newsgraph web page at " + server.getURL() + "/ and API at " + server.getURL() + "/api/articles");
		out.flush();
		Duration interval = definitions.checkInterval();
		scheduler.get()
			.scheduleWithFixedDelay(interval, interval,
					new DefinitionsWatch(analysis.get(), out, spec.commandLine().getErr()));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			context.close();
			stopped.countDown();
		}, "newsgraph-shutdown"));
		stopped.await();
		return exitCode;
	}

	/**
	 * Named paths must exist; the configured default is skipped with a note when absent
	 * (e.g. outside the repo).
	 */
	private List<Path> pathsToLoad(PrintWriter out) {
		if (noLoad) {
			return List.of();
		}
		if (load != null && !load.isEmpty()) {
			return load;
		}
		List<Path> present = defaultLoad.stream().filter(Files::exists).toList();
		defaultLoad.stream()
			.filter(path -> !Files.exists(path))
			.forEach(path -> out.println("Not loading " + path.toAbsolutePath() + ": no such folder"));
		return present;
	}

}
