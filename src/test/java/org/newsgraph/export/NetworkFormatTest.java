package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.query.Network;

class NetworkFormatTest {

	/** Names as the press writes them, and text that XML must escape or cannot carry. */
	private static final Network NETWORK = new Network("outlets",
			List.of(node("express.co.uk", "Daily Express", 3, 2, "uk"),
					node("morningstaronline.co.uk", "Morning Star <\"&'>", 1, 1, null),
					node("bad id/with spaces", "Control\u0007character and ünïcödé", 2, 1, "x")),
			List.of(edge("express.co.uk", "morningstaronline.co.uk", 1, 0.5),
					edge("express.co.uk", "bad id/with spaces", 1, 0.3333333333333333)));

	@Test
	void gexfIsValidByTheNormativeRelaxNgSchemaAndByTheXsd() throws Exception {
		byte[] gexf = write(NetworkFormat.GEXF);
		assertThat(XmlSchemas.relaxNgErrors(XmlSchemas.GEXF_RNC, gexf)).isEmpty();
		assertThat(XmlSchemas.xsdErrors(XmlSchemas.GEXF_XSD, gexf)).isEmpty();
	}

	@Test
	void gexfCarriesEveryNodeEdgeWeightAndTypedAttribute() {
		String gexf = new String(write(NetworkFormat.GEXF), StandardCharsets.UTF_8);
		assertThat(gexf).contains("<attribute id=\"articles\" title=\"articles\" type=\"long\"")
			.contains("<attribute id=\"jaccard\" title=\"jaccard\" type=\"double\"")
			.contains("<node id=\"express.co.uk\" label=\"Daily Express\">")
			.contains("label=\"Morning Star &lt;&quot;&amp;'&gt;\"")
			.contains("source=\"express.co.uk\" target=\"morningstaronline.co.uk\" weight=\"1.0\"")
			.contains("Control\uFFFDcharacter")
			.doesNotContain("\u0007");
	}

	@Test
	void graphMlIsValidByItsXsdWithKeysForEveryAttribute() throws Exception {
		byte[] graphMl = write(NetworkFormat.GRAPHML);
		assertThat(XmlSchemas.xsdErrors(XmlSchemas.GRAPHML_XSD, graphMl)).isEmpty();
		String text = new String(graphMl, StandardCharsets.UTF_8);
		assertThat(text).contains("<key id=\"n_articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"")
			.contains("<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"")
			.contains("<node id=\"express.co.uk\">");
	}

	@Test
	void aNodeIdThatIsNoXmlNameTokenGetsAGeneratedGraphMlIdAndItsEdgesFollow() throws Exception {
		String text = new String(write(NetworkFormat.GRAPHML), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("bad id/with spaces\"")
			.contains("<node id=\"n2\">")
			.contains("source=\"express.co.uk\" target=\"n2\"");
	}

	@Test
	void theSchemasDoRejectABrokenFileSoThatTheirSilenceMeansSomething() throws Exception {
		byte[] broken = new String(write(NetworkFormat.GEXF), StandardCharsets.UTF_8)
			.replace("target=\"morningstaronline.co.uk\"", "")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(XmlSchemas.relaxNgErrors(XmlSchemas.GEXF_RNC, broken)).isNotEmpty();
		assertThat(XmlSchemas.xsdErrors(XmlSchemas.GEXF_XSD, broken)).isNotEmpty();
		byte[] brokenGraphMl = new String(write(NetworkFormat.GRAPHML), StandardCharsets.UTF_8)
			.replace("target=\"morningstaronline.co.uk\"", "target=\"nowhere\"")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(XmlSchemas.xsdErrors(XmlSchemas.GRAPHML_XSD, brokenGraphMl)).isNotEmpty();
	}

	@Test
	void anEmptyNetworkIsStillAValidFile() throws Exception {
		Network empty = new Network("organisations", List.of(), List.of());
		assertThat(XmlSchemas.relaxNgErrors(XmlSchemas.GEXF_RNC, write(NetworkFormat.GEXF, empty))).isEmpty();
		assertThat(XmlSchemas.xsdErrors(XmlSchemas.GRAPHML_XSD, write(NetworkFormat.GRAPHML, empty))).isEmpty();
	}

	private static byte[] write(NetworkFormat format) {
		return write(format, NETWORK);
	}

	private static byte[] write(NetworkFormat format, Network network) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		format.write(network, out);
		return out.toByteArray();
	}

	private static Network.Node node(String id, String label, long articles, long stories, String region) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("articles", articles);
		attributes.put("stories", stories);
		attributes.put("region", region);
		return new Network.Node(id, label, attributes);
	}

	private static Network.Edge edge(String source, String target, long shared, double jaccard) {
		return new Network.Edge(source, target, shared, Map.of("jaccard", jaccard));
	}

}
