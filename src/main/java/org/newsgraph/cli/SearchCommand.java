package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.query.SearchMode;
import org.newsgraph.query.SearchQueries;
import org.newsgraph.query.SearchResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
		description = "Finds stories and articles by meaning and by words, as GET /api/search does. "
				+ "Articles not yet given a sentence vector are found by their words.")
final class SearchCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "WORDS", description = "What to look for, in any words.")
	List<String> words;

	@Option(names = "--mode", defaultValue = "hybrid",
			description = "hybrid (meaning, raised by the query's words), text (Lucene) or semantic (meaning alone).")
	String mode;

	@Option(names = "--size", defaultValue = "10", description = "How many stories and how many articles (1 to 100).")
	int size;

	@Option(names = "--json", description = "Print the results as JSON, as the API returns them.")
	boolean json;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	BeanProvider<SearchQueries> search;

	@Inject
	Printer printer;

	@Override
	public Integer call() {
		if (size < 1 || size > 100 || !mode.matches("hybrid|text|semantic")) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--size must be 1 to 100 and --mode hybrid, text or semantic");
		}
		SearchResults results = search.get().search(String.join(" ", words), SearchMode.of(mode), size);
		printer.print(spec.commandLine().getOut(), json, results, out -> {
			out.printf("Stories (%s):%n", results.mode().value());
			out.printf("%-20s %7s %8s  %s%n", "story", "score", "articles", "headline");
			for (SearchResults.FoundStory found : results.stories()) {
				out.printf("%-20s %7.3f %8d  %s%n", found.story().id(), found.score(), found.story().articleCount(),
						found.story().headline());
			}
			out.printf("%nArticles:%n%-20s %7s  %-24s  %s%n", "article", "score", "outlet", "title");
			for (SearchResults.FoundArticle found : results.articles()) {
				out.printf("%-20s %7.3f  %-24s  %s%n", found.article().id(), found.score(),
						found.article().outlet() == null ? "-" : found.article().outlet().domain(),
						found.article().title());
			}
		});
		return ExitCodes.OK;
	}

}
