package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.newsgraph.export.AdminImportFiles;
import org.newsgraph.export.NetworkFormat;
import org.newsgraph.query.DayRange;
import org.newsgraph.query.GraphDump;
import org.newsgraph.query.Network;
import org.newsgraph.query.NetworkFilter;
import org.newsgraph.query.NetworkQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Writes a network as GEXF 1.3 (Gephi), GraphML, CSV (its edges) or JSON: outlets linked by the "
				+ "stories they share, or organisations linked by the articles that name both. Same filters as "
				+ "GET /api/network/{outlets|organisations}. With --format admin-import, writes the whole graph "
				+ "instead, as the CSV files of neo4j-admin database import full, into the folder --out names.")
final class ExportCommand implements Callable<Integer> {

	@Option(names = "--network", defaultValue = "outlets", description = "outlets or organisations.")
	String network;

	@Option(names = "--format", defaultValue = "gexf", description = "gexf, graphml, csv, json or admin-import.")
	String format;

	@Option(names = "--campaign", paramLabel = "ID", description = "Only articles of this campaign.")
	String campaign;

	@Option(names = "--topic", description = "Only articles with this topic.")
	String topic;

	@Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this day.")
	LocalDate from;

	@Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this day.")
	LocalDate to;

	@Option(names = "--min-weight", defaultValue = "1", description = "Leave out lighter edges.")
	int minWeight;

	@Option(names = "--max-nodes", defaultValue = "5000", description = "Keep the heaviest nodes, at most this many.")
	int maxNodes;

	@Option(names = "--out", paramLabel = "FILE", description = "Write here instead of to standard output.")
	Path out;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	BeanProvider<NetworkQueries> networks;

	@Inject
	JsonMapper json;

	@Inject
	BeanProvider<GraphDump> wholeGraph;

	@Override
	public Integer call() throws IOException {
		if (format.equals("admin-import")) {
			return writeImportFiles();
		}
		if (!network.matches("outlets|organisations") || !format.matches("gexf|graphml|csv|json") || minWeight < 1
				|| maxNodes < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--network must be outlets or organisations, "
					+ "--format gexf, graphml, csv or json, --min-weight and --max-nodes at least 1");
		}
		DayRange days = new DayRange(from, to);
		NetworkFilter filter = new NetworkFilter(campaign, topic, days.start(), days.end(), minWeight, maxNodes);
		Network graph = network.equals("outlets") ? networks.get().outlets(filter)
				: networks.get().organisations(filter);
		NetworkFormat networkFormat = NetworkFormat.of(format.toUpperCase(Locale.ROOT));
		if (out == null) {
			// Through picocli's writer, so that scripts and tests capture it like any
			// output.
			ByteArrayOutputStream text = new ByteArrayOutputStream();
			write(graph, networkFormat, text);
			spec.commandLine().getOut().print(text.toString(StandardCharsets.UTF_8));
			spec.commandLine().getOut().flush();
		}
		else {
			try (OutputStream file = Files.newOutputStream(out)) {
				write(graph, networkFormat, file);
			}
			spec.commandLine()
				.getErr()
				.printf("Wrote %d nodes and %d edges to %s%n", graph.nodes().size(), graph.edges().size(),
						out.toAbsolutePath());
		}
		return ExitCodes.OK;
	}

	/**
	 * The whole graph, not a network: the files Neo4j's offline importer reads, and the
	 * command that reads them.
	 */
	private int writeImportFiles() {
		if (out == null) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--format admin-import writes several files: name their folder with --out");
		}
		AdminImportFiles files = AdminImportFiles.write(wholeGraph.get(), out);
		PrintWriter err = spec.commandLine().getErr();
		err.printf("Wrote %,d nodes and %,d relationships in %d files to %s%n", files.nodes(), files.relationships(),
				files.nodeFiles().size() + files.relationshipFiles().size(), out.toAbsolutePath());
		err.printf("Import them into a stopped Neo4j 5 with:%n  neo4j-admin database import full %s neo4j%n",
				files.importArguments()
					.stream()
					.map(argument -> "'" + argument.replace("'", "'\\''").replace("\u001F", "'$'\\x1f''") + "'")
					.collect(Collectors.joining(" ")));
		return ExitCodes.OK;
	}

	private void write(Network graph, NetworkFormat networkFormat, OutputStream target) throws IOException {
		if (networkFormat == NetworkFormat.JSON) {
			target.write(json.writeValueAsBytes(graph));
		}
		else {
			networkFormat.write(graph, target);
		}
	}

}
