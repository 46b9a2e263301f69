package org.newsgraph.cli;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.newsgraph.NewsgraphException;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "A knowledge graph of news stories, the outlets that publish them and the campaigns they cover.",
		subcommands = { ServeCommand.class, LoadCommand.class, UnloadCommand.class, ReclusterCommand.class,
				StoriesCommand.class, SearchCommand.class, OutletsCommand.class, ExportCommand.class,
				CampaignsCommand.class, OrganisationsCommand.class, EvaluateCommand.class, BenchCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:failed (e.g. Neo4j unreachable, no such folder or outlet)", "2:usage error",
				"3:loaded, but some documents were rejected" })
public final class NewsgraphCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		// neo4j-migrations logs through java.util.logging; send it where everything else
		// goes.
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		ApplicationContext context = ApplicationContext.builder(NewsgraphCommand.class, Environment.CLI).start();
		int exitCode;
		try {
			exitCode = commandLine(context).execute(args);
		}
		finally {
			context.close();
		}
		System.exit(exitCode);
	}

	/** The command line with its commands created (and injected) by the given context. */
	public static CommandLine commandLine(ApplicationContext context) {
		return new CommandLine(NewsgraphCommand.class, new MicronautFactory(context))
			.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
				commandLine.getErr().println("newsgraph: " + describe(exception));
				return ExitCodes.FAILED;
			});
	}

	/**
	 * Our own message where there is one, however deep the framework wrapped it; else the
	 * root cause.
	 */
	private static String describe(Throwable exception) {
		Throwable cause = exception;
		while (!(cause instanceof NewsgraphException) && cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause instanceof NewsgraphException ? cause.getMessage() : cause.toString();
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

}
