package org.newsgraph.cli;

import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.analysis.suggestions.Suggestions;
import picocli.CommandLine;

/**
 * A command that prints suggestions as YAML on standard output, so that they can be
 * redirected into a file, reviewed and merged. Subclasses are {@code @Prototype} beans so
 * that the injection points declared here are generated for them.
 */
@CommandLine.Command
abstract class SuggestionCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Resolved when the command runs: picocli creates every command up front, even for
	 * --help.
	 */
	@Inject
	BeanProvider<Suggestions> suggestions;

	abstract String suggest(Suggestions suggestions);

	@Override
	public Integer call() {
		spec.commandLine().getOut().print(suggest(suggestions.get()));
		spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

}
