package org.newsgraph.cli;

import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.analysis.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "organisations", mixinStandardHelpOptions = true,
		description = "The organisations gazetteer (newsgraph.definitions.organisations, seeds/organisations.yml by "
				+ "default).",
		subcommands = { OrganisationsCommand.Suggest.class })
final class OrganisationsCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "suggest", mixinStandardHelpOptions = true,
			description = "Lists frequent capitalised names in titles and excerpts that the gazetteer does not know, "
					+ "as YAML entries to review (set the kind, merge aliases) and paste into the gazetteer.")
	static final class Suggest implements Callable<Integer> {

		@Option(names = "--min-articles", defaultValue = "2",
				description = "Only names in at least this many articles (default ${DEFAULT-VALUE}).")
		int minArticles;

		@Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
		int limit;

		@CommandLine.Spec
		CommandLine.Model.CommandSpec spec;

		@Inject
		BeanProvider<Suggestions> suggestions;

		@Override
		public Integer call() {
			spec.commandLine().getOut().print(suggestions.get().organisations(minArticles, limit));
			spec.commandLine().getOut().flush();
			return ExitCodes.OK;
		}

	}

}
