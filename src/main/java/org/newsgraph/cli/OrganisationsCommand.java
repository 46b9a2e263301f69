package org.newsgraph.cli;

import org.newsgraph.analysis.suggestions.Suggestions;
import io.micronaut.context.annotation.Prototype;
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
	@Prototype
	static final class Suggest extends SuggestionCommand {

		@Option(names = "--min-articles", defaultValue = "2",
				description = "Only names in at least this many articles (default ${DEFAULT-VALUE}).")
		int minArticles;

		@Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
		int limit;

		@Override
		String suggest(Suggestions suggestions) {
			return suggestions.organisations(minArticles, limit);
		}

	}

}
