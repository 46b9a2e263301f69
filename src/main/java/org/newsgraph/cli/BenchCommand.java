package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.BenchResult;
import org.newsgraph.bench.BenchSettings;
import org.newsgraph.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchGenerateCommand.class,
		description = "Measures newsgraph on generated corpora, each size in a fresh embedded database: parsing, "
				+ "loading (beside a naive one-transaction-per-document loader), reloading, clustering with its "
				+ "B-cubed score against the true stories, the main reads over HTTP, a stream of later documents "
				+ "uploaded while wrk reads, and reclustering. Prints a Markdown table.")
final class BenchCommand implements Callable<Integer> {

	@Option(names = "--docs", paramLabel = "N", split = ",",
			description = "Corpus sizes, each run in turn (default: 10000,100000).")
	List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000));

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "The generator's seed.")
	long seed;

	@Option(names = "--naive-sample", paramLabel = "N", defaultValue = "1000",
			description = "Documents the naive baseline loads (default: ${DEFAULT-VALUE}).")
	int naiveSample;

	@Option(names = "--calls", paramLabel = "N", defaultValue = "100",
			description = "Timed calls per read, after as many to warm up (default: ${DEFAULT-VALUE}).")
	int calls;

	@Option(names = "--stream", paramLabel = "N", defaultValue = "10000",
			description = "Documents generated after the corpus and uploaded in batches through POST /api/documents "
					+ "while wrk reads, if installed (default: ${DEFAULT-VALUE}; 0: no stream).")
	int streamed;

	@Option(names = "--stream-batch", paramLabel = "N", defaultValue = "100",
			description = "Documents per upload of the stream (default: ${DEFAULT-VALUE}).")
	int streamBatch;

	@Option(names = "--json", paramLabel = "FILE",
			description = "Also write the figures as JSON: an object for one size, an array for several.")
	Path json;

	@Option(names = "--work", paramLabel = "DIR", defaultValue = "${java.io.tmpdir}",
			description = "Where corpora and databases are made (default: the temporary folder).")
	Path work;

	@Option(names = "--keep", description = "Keep the corpora and databases after the run.")
	boolean keep;

	@Inject
	JsonMapper jsonMapper;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		Benchmark benchmark = new Benchmark(
				new BenchSettings(seed, naiveSample, calls, work, keep, streamed, streamBatch),
				spec.commandLine().getErr());
		List<BenchResult> runs = new ArrayList<>();
		for (int size : sizes) {
			runs.add(benchmark.run(size));
		}
		out.print(BenchReport.markdown(runs));
		out.flush();
		if (json != null) {
			List<?> figures = BenchReport.figures(runs);
			Files.write(json, jsonMapper.writeValueAsBytes(figures.size() == 1 ? figures.get(0) : figures));
		}
		return ExitCodes.OK;
	}

}
