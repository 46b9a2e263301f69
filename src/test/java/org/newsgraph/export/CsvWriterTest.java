package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.query.Network;

class CsvWriterTest {

	@Test
	void edgesAreOneRowEachWithWeightAttributesAndBothLabels() {
		Network network = new Network("outlets",
				List.of(new Network.Node("a.com", "Outlet A", Map.of()),
						new Network.Node("b.com", "Outlet, \"B\"", Map.of())),
				List.of(new Network.Edge("a.com", "b.com", 2, Map.of("jaccard", 0.5))));

		assertThat(csv(network)).isEqualTo("Source,Target,Weight,jaccard,Source label,Target label\r\n"
				+ "a.com,b.com,2.0,0.5,Outlet A,\"Outlet, \"\"B\"\"\"\r\n");
	}

	@Test
	void aLabelASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(CsvWriter.cell("-1+1")).isEqualTo("'-1+1");
		assertThat(CsvWriter.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
		assertThat(CsvWriter.cell(null)).isEmpty();
	}

	private static String csv(Network network) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NetworkFormat.CSV.write(network, out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
