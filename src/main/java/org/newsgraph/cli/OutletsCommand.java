package org.newsgraph.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Inject;
import org.newsgraph.query.FirstMover;
import org.newsgraph.query.OutletDetail;
import org.newsgraph.query.OutletOverlap;
import org.newsgraph.query.OutletQueries;
import org.newsgraph.query.OutletSummary;
import org.newsgraph.query.Page;
import org.newsgraph.query.PageRequest;
import org.newsgraph.query.SimilarOutlet;
import org.newsgraph.query.SimilarityMeasure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "outlets", mixinStandardHelpOptions = true,
		description = "Outlets: the most prolific, one outlet, the outlets most like it, and two compared.",
		subcommands = { OutletsCommand.ListOutlets.class, OutletsCommand.ShowOutlet.class,
				OutletsCommand.SimilarOutlets.class, OutletsCommand.CompareOutlets.class })
final class OutletsCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** What every outlet command shares: the queries, the printer and {@code --json}. */
	abstract static class OutletCommand implements Callable<Integer> {

		@Option(names = "--json", description = "Print JSON, as the API returns it.")
		boolean json;

		@CommandLine.Spec
		CommandLine.Model.CommandSpec spec;

		@Inject
		BeanProvider<OutletQueries> outlets;

		@Inject
		Printer printer;

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Outlets, most prolific first.")
	@Prototype
	static final class ListOutlets extends OutletCommand {

		@Option(names = "--limit", defaultValue = "20", description = "At most this many (1 to 100).")
		int limit;

		@Override
		public Integer call() {
			Page<OutletSummary> page = outlets.get().list(new PageRequest(0, Math.max(1, Math.min(limit, 100))));
			printer.print(spec.commandLine().getOut(), json, page, out -> {
				page.items()
					.forEach(outlet -> out.printf("%8d  %-40s %s%n", outlet.articles(), outlet.domain(),
							outlet.name() == null ? "" : outlet.name()));
				out.printf("%d of %d outlets%n", page.items().size(), page.total());
			});
			return ExitCodes.OK;
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "One outlet: articles, stories, topics, campaigns, latest stories, most similar outlets.")
	@Prototype
	static final class ShowOutlet extends OutletCommand {

		@Parameters(paramLabel = "DOMAIN")
		String domain;

		@Override
		public Integer call() {
			OutletDetail outlet = outlets.get().byDomain(domain);
			printer.print(spec.commandLine().getOut(), json, outlet, out -> {
				out.printf("%s (%s): %s in %s%n", outlet.domain(), outlet.name(),
						Printer.counted(outlet.articles(), "article", "articles"),
						Printer.counted(outlet.stories(), "story", "stories"));
				outlet.campaigns()
					.forEach(campaign -> out.printf("  campaign %s: %s%n", campaign.id(),
							Printer.counted(campaign.articles(), "article", "articles")));
				outlet.similarOutlets()
					.forEach(similar -> out.printf("  similar %s: Jaccard %.2f, %s shared%n", similar.domain(),
							similar.jaccard(), Printer.counted(similar.sharedStories(), "story", "stories")));
			});
			return ExitCodes.OK;
		}

	}

	@Command(name = "similar", mixinStandardHelpOptions = true,
			description = "The outlets whose story coverage is most like this one's.")
	@Prototype
	static final class SimilarOutlets extends OutletCommand {

		@Parameters(paramLabel = "DOMAIN")
		String domain;

		@Option(names = "--measure", defaultValue = "jaccard", description = "jaccard or overlap.")
		String measure;

		@Option(names = "-k", defaultValue = "10", description = "How many (1 to 100).")
		int k;

		@Override
		public Integer call() {
			if (!measure.matches("jaccard|overlap") || k < 1 || k > 100) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"--measure must be jaccard or overlap, -k 1 to 100");
			}
			List<SimilarOutlet> similar = outlets.get()
				.similar(domain, SimilarityMeasure.valueOf(measure.toUpperCase(Locale.ROOT)), k);
			printer.print(spec.commandLine().getOut(), json, similar, out -> {
				out.printf("%-40s %7s %7s %6s%n", "outlet", "jaccard", "overlap", "shared");
				similar.forEach(outlet -> out.printf("%-40s %7.3f %7.3f %6d%n", outlet.domain(), outlet.jaccard(),
						outlet.overlapCoefficient(), outlet.sharedStories()));
			});
			return ExitCodes.OK;
		}

	}

	@Command(name = "overlap", mixinStandardHelpOptions = true,
			description = "Two outlets compared on the stories they covered, and who published first.")
	@Prototype
	static final class CompareOutlets extends OutletCommand {

		@Parameters(index = "0", paramLabel = "A")
		String a;

		@Parameters(index = "1", paramLabel = "B")
		String b;

		@Override
		public Integer call() {
			OutletOverlap overlap = outlets.get().overlap(a, b, 50);
			printer.print(spec.commandLine().getOut(), json, overlap, out -> {
				out.printf("%s: %s; %s: %s; %d shared%n", a, Printer.counted(overlap.a().stories(), "story", "stories"),
						b, Printer.counted(overlap.b().stories(), "story", "stories"), overlap.sharedStories());
				out.printf("Jaccard %.3f, overlap coefficient %.3f%n", overlap.jaccard(), overlap.overlapCoefficient());
				FirstMover first = overlap.firstMover();
				out.printf("First on shared stories: %s %d%s, %s %d%s, together %d%n", a, first.aFirst(),
						medianLead(first.medianLeadHoursA()), b, first.bFirst(), medianLead(first.medianLeadHoursB()),
						first.simultaneous());
				overlap.stories().forEach(story -> out.printf("  %s  %s%n", story.id(), story.headline()));
			});
			return ExitCodes.OK;
		}

		private static String medianLead(Double hours) {
			return hours == null ? "" : String.format(" (median lead %.1f h)", hours);
		}

	}

}
