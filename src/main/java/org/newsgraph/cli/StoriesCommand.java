package org.newsgraph.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.query.DayRange;
import org.newsgraph.query.Page;
import org.newsgraph.query.PageRequest;
import org.newsgraph.query.StoryFilter;
import org.newsgraph.query.StoryQueries;
import org.newsgraph.query.StorySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true,
		description = "Lists stories, largest or latest first, filtered like GET /api/stories.")
final class StoriesCommand implements Callable<Integer> {

	@Option(names = "--text", paramLabel = "QUERY",
			description = "Lucene query over the titles and excerpts of a story's articles.")
	String text;

	@Option(names = "--topic", description = "A topic of one of its articles.")
	String topic;

	@Option(names = "--outlet", paramLabel = "DOMAIN", description = "An outlet that covered it.")
	String outlet;

	@Option(names = "--from", paramLabel = "DATE", description = "Covered on or after this day (ISO date).")
	LocalDate from;

	@Option(names = "--to", paramLabel = "DATE", description = "Covered on or before this day (ISO date).")
	LocalDate to;

	@Option(names = "--min-outlets", defaultValue = "1", description = "Covered by at least this many outlets.")
	int minOutlets;

	@Option(names = "--sort", defaultValue = "size", description = "size (most articles first) or recency.")
	String sort;

	@Option(names = "--limit", defaultValue = "20", description = "At most this many (1 to 1000).")
	int limit;

	@Option(names = "--json", description = "Print the page as JSON, as the API returns it.")
	boolean json;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	BeanProvider<StoryQueries> stories;

	@Inject
	Printer printer;

	@Override
	public Integer call() {
		if (limit < 1 || limit > 1_000 || !sort.matches("size|recency")) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--limit must be 1 to 1000 and --sort size or recency");
		}
		DayRange days = new DayRange(from, to);
		Page<StorySummary> page = stories.get()
			.list(new StoryFilter(text, topic, outlet, days.start(), days.end(), minOutlets, sort),
					new PageRequest(0, limit));
		printer.print(spec.commandLine().getOut(), json, page, out -> {
			out.printf("%-20s %8s %7s  %-10s  %s%n", "story", "articles", "outlets", "first", "headline");
			for (StorySummary story : page.items()) {
				out.printf("%-20s %8d %7d  %-10s  %s%n", story.id(), story.articleCount(), story.outletCount(),
						story.firstPublishedAt() == null ? "-" : story.firstPublishedAt().toLocalDate(),
						story.headline());
			}
			out.printf("%d of %s%n", page.items().size(), Printer.counted(page.total(), "story", "stories"));
		});
		return ExitCodes.OK;
	}

}
