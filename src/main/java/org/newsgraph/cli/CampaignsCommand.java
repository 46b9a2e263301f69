package org.newsgraph.cli;

import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.analysis.suggestions.Suggestions;
import org.newsgraph.query.CampaignQueries;
import org.newsgraph.query.CampaignSummary;
import org.newsgraph.query.Page;
import org.newsgraph.query.PageRequest;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "campaigns", mixinStandardHelpOptions = true,
		description = "Campaigns: those defined (newsgraph.definitions.campaigns, seeds/campaigns.yml by default) "
				+ "and suggestions for new ones.",
		subcommands = { CampaignsCommand.List.class, CampaignsCommand.Suggest.class })
final class CampaignsCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Lists the campaigns, largest first, with their articles, outlets and span.")
	static final class List implements Callable<Integer> {

		@CommandLine.Spec
		CommandLine.Model.CommandSpec spec;

		@Option(names = "--json", description = "Print the list as JSON, as the API returns it.")
		boolean json;

		@Inject
		BeanProvider<CampaignQueries> campaigns;

		@Inject
		Printer printer;

		@Override
		public Integer call() {
			Page<CampaignSummary> page = campaigns.get().list(new PageRequest(0, 1_000));
			printer.print(spec.commandLine().getOut(), json, page, out -> {
				out.printf("%-40s %8s %8s  %-10s  %-10s%n", "campaign", "articles", "outlets", "first", "last");
				for (CampaignSummary campaign : page.items()) {
					out.printf("%-40s %8d %8d  %-10s  %-10s%n", campaign.id(), campaign.articles(), campaign.outlets(),
							campaign.firstPublishedAt() == null ? "-" : campaign.firstPublishedAt().toLocalDate(),
							campaign.lastPublishedAt() == null ? "-" : campaign.lastPublishedAt().toLocalDate());
				}
			});
			return ExitCodes.OK;
		}

	}

	@Command(name = "suggest", mixinStandardHelpOptions = true,
			description = "Proposes campaigns from stories that call for action (calls, demands, bans, open letters, "
					+ "petitions) and name organisations of the gazetteer, and that no campaign covers yet. Prints "
					+ "YAML to review and paste into a campaigns file.")
	@Prototype
	static final class Suggest extends SuggestionCommand {

		@Option(names = "--limit", defaultValue = "10", description = "At most this many (default ${DEFAULT-VALUE}).")
		int limit;

		@Override
		String suggest(Suggestions suggestions) {
			return suggestions.campaigns(limit);
		}

	}

}
