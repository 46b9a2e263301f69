package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.analysis.GraphUpdates;
import org.newsgraph.ingest.DefinitionSettings;
import org.newsgraph.ingest.DocumentFiles;
import org.newsgraph.query.FirstReads;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Serves the HTTP API until stopped (Ctrl+C), loading documents and forming their stories "
				+ "behind it (/health/readiness says how far). Without NEO4J_URI, an embedded Neo4j with Bolt and "
				+ "Neo4j Browser runs alongside.")
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
	BeanProvider<GraphUpdates> updates;

	@Inject
	BeanProvider<GraphAnalysis> analysis;

	@Inject
	BeanProvider<GraphEmbeddings> embeddings;

	@Inject
	BeanProvider<FirstReads> firstReads;

	@Inject
	@Named(TaskExecutors.SCHEDULED)
	BeanProvider<TaskScheduler> scheduler;

	@Inject
	DefinitionSettings definitions;

	/** Of the first load, once it is done. */
	private volatile int exitCode = ExitCodes.OK;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> toLoad = pathsToLoad(out);
		// Connects (and starts the embedded server, and applies the schema): the API
		// needs
		// no more to answer. Loading and forming stories go on behind it.
		GraphUpdates graphUpdates = updates.get();
		firstReads.get().workOutInBackground();
		ConsoleProgress progress = ConsoleProgress.on(err);
		CompletableFuture<GraphUpdates.Update> firstLoad = graphUpdates.loadInBackground(toLoad, progress, progress);
		EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
		out.println("newsgraph web page at " + server.getURL() + "/ and API at " + server.getURL() + "/api/articles");
		out.flush();
		firstLoad.whenComplete((update, failure) -> {
			if (failure != null) {
				exitCode = ExitCodes.FAILED;
				err.println("newsgraph: the first load failed, serving what the graph holds: " + failure.getMessage());
				err.flush();
				return;
			}
			if (!toLoad.isEmpty()) {
				out.print(update.load().summary());
				exitCode = ExitCodes.of(update.load());
			}
			out.print(update.analysis().summary());
			out.flush();
			embeddings.get().embedInBackground(progress).thenAccept(round -> round.ifPresent(report -> {
				out.print(report.summary());
				out.flush();
			}));
			// Only now: a change of definitions applied beside the first load would tag a
			// graph half loaded.
			Duration interval = definitions.checkInterval();
			scheduler.get().scheduleWithFixedDelay(interval, interval, new DefinitionsWatch(analysis.get(), out, err));
		});
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
			return DocumentFiles.existing(load);
		}
		List<Path> present = defaultLoad.stream().filter(Files::exists).toList();
		defaultLoad.stream()
			.filter(path -> !Files.exists(path))
			.forEach(path -> out.println("Not loading " + path.toAbsolutePath() + ": no such folder"));
		return present;
	}

}
