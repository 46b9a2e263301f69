package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.GeneratedCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Writes a synthetic corpus shaped like the real one (long-tailed outlets and stories, related "
				+ "lists, AMP addresses, wire copy under edited headlines), with the true story of every article "
				+ "as url,story CSV for 'evaluate --labels'. The same seed gives the same corpus.")
final class BenchGenerateCommand implements Callable<Integer> {

	@Option(names = "--docs", paramLabel = "N", required = true, description = "How many documents.")
	int documents;

	@Option(names = "--days", paramLabel = "N", defaultValue = "1095",
			description = "The span the stories start in, in days (default three years, as the real corpus). A "
					+ "million documents over three years is about 900 a day: --docs 30000 --days 30 gives that "
					+ "density with fewer documents.")
	int days;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "The generator's seed.")
	long seed;

	@Option(names = "--out", paramLabel = "DIR|FILE.jsonl", required = true,
			description = "A folder of Markdown documents (labels.csv in it), or one JSON Lines file "
					+ "(NAME.labels.csv beside it).")
	Path out;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		if (documents < 1 || days < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--docs and --days must be at least 1");
		}
		GeneratedCorpus corpus = CorpusGenerator.write(documents, days, seed, out);
		spec.commandLine()
			.getOut()
			.printf("%,d documents, %,d articles in %,d true stories: %s%nTrue stories: %s%n", corpus.documents(),
					corpus.articles(), corpus.stories(), corpus.path(), corpus.labels());
		spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

}
