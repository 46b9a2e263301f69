package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import picocli.CommandLine;

/**
 * Runs the command line as a user does, in its own CLI application context, and keeps
 * what it printed.
 */
final class Cli {

	private Cli() {
	}

	static Run newsgraph(Map<String, Object> properties, String... arguments) {
		try (ApplicationContext cli = ApplicationContext
			.builder(NewsgraphCommand.class, Environment.CLI, Environment.TEST)
			.properties(properties)
			.start()) {
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			CommandLine commandLine = NewsgraphCommand.commandLine(cli);
			commandLine.setOut(new PrintWriter(out, true));
			commandLine.setErr(new PrintWriter(err, true));
			int exitCode = commandLine.execute(arguments);
			return new Run(exitCode, out.toString(), err.toString());
		}
	}

	record Run(int exitCode, String out, String err) {
	}

}
