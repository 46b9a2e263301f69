package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.query.Network;

/**
 * A network's edges as one CSV table (RFC 4180) in the shape Gephi's spreadsheet import
 * and most tools expect: {@code Source,Target,Weight}, then each edge attribute, then the
 * two nodes' labels. A cell that a spreadsheet would run as a formula is defused with a
 * leading apostrophe, since labels come from documents anyone can write.
 */
final class CsvWriter {

	void write(Network network, OutputStream out) {
		AttributeColumns columns = AttributeColumns.of(network.edges(), Network.Edge::attributes);
		Map<String, String> labels = new HashMap<>();
		network.nodes().forEach(node -> labels.put(node.id(), node.label()));
		try {
			Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			List<Object> header = new ArrayList<>(List.of("Source", "Target", "Weight"));
			header.addAll(columns.types().keySet());
			header.addAll(List.of("Source label", "Target label"));
			row(csv, header);
			for (Network.Edge edge : network.edges()) {
				List<Object> cells = new ArrayList<>(List.of(edge.source(), edge.target(), edge.weight()));
				columns.types().keySet().forEach(column -> cells.add(edge.attributes().get(column)));
				cells.add(labels.get(edge.source()));
				cells.add(labels.get(edge.target()));
				row(csv, cells);
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(Writer csv, List<Object> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.write(',');
			}
			csv.write(cell(cells.get(i)));
		}
		csv.write("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof String string && !string.isEmpty() && "=+-@\t\r".indexOf(string.charAt(0)) >= 0
				? "'" + string : String.valueOf(value);
		return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
