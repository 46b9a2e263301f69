package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.newsgraph.export.NetworkFormat;
import org.newsgraph.query.DayRange;
import org.newsgraph.query.Network;
import org.newsgraph.query.NetworkFilter;
import org.newsgraph.query.NetworkQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Writes a network as GEXF 1.3 (Gephi), GraphML, CSV (its edges) or JSON: outlets linked by the "
				+ "stories they share, or organisations linked by the articles that name both. Same filters as "
				+ "GET /api/network/{outlets|organisations}.")
final class ExportCommand implements Callable<Integer> {

	@Option(names = "--network", defaultValue = "outlets", description = "outlets or organisations.")
	String network;

	@Option(names = "--format", defaultValue = "gexf", description = "gexf, graphml, csv or json.")
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

	@Override
	public Integer call() throws IOException {
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

	private void write(Network graph, NetworkFormat networkFormat, OutputStream target) throws IOException {
		if (networkFormat == NetworkFormat.JSON) {
			target.write(json.writeValueAsBytes(graph));
		}
		else {
			networkFormat.write(graph, target);
		}
	}

}
