package org.newsgraph.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.newsgraph.query.Network;

/**
 * GraphML 1.0: typed keys declared before the graph, an undirected graph, a {@code label}
 * and every attribute as data on each node, a {@code weight} and the attributes on each
 * edge.
 */
final class GraphMlWriter {

	private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	/** GraphML ids are XML name tokens; anything else gets a generated id. */
	private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}\\p{N}._:-]+");

	void write(Network network, OutputStream out) {
		AttributeColumns nodeColumns = AttributeColumns.of(network.nodes(), Network.Node::attributes);
		AttributeColumns edgeColumns = AttributeColumns.of(network.edges(), Network.Edge::attributes);
		Map<String, String> ids = new HashMap<>();
		for (Network.Node node : network.nodes()) {
			ids.put(node.id(), NAME_TOKEN.matcher(node.id()).matches() ? node.id() : "n" + ids.size());
		}
		XmlOutput.write(out, xml -> {
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			key(xml, "node", "label", AttributeColumns.Type.STRING);
			for (Map.Entry<String, AttributeColumns.Type> column : nodeColumns.types().entrySet()) {
				key(xml, "node", column.getKey(), column.getValue());
			}
			key(xml, "edge", "weight", AttributeColumns.Type.DOUBLE);
			for (Map.Entry<String, AttributeColumns.Type> column : edgeColumns.types().entrySet()) {
				key(xml, "edge", column.getKey(), column.getValue());
			}
			xml.writeStartElement(NAMESPACE, "graph");
			xml.writeAttribute("id", network.name());
			xml.writeAttribute("edgedefault", "undirected");
			for (Network.Node node : network.nodes()) {
				xml.writeStartElement(NAMESPACE, "node");
				xml.writeAttribute("id", ids.get(node.id()));
				data(xml, "node", "label", node.label());
				for (String column : nodeColumns.types().keySet()) {
					data(xml, "node", column, node.attributes().get(column));
				}
				xml.writeEndElement();
			}
			for (Network.Edge edge : network.edges()) {
				xml.writeStartElement(NAMESPACE, "edge");
				xml.writeAttribute("source", ids.get(edge.source()));
				xml.writeAttribute("target", ids.get(edge.target()));
				data(xml, "edge", "weight", edge.weight());
				for (String column : edgeColumns.types().keySet()) {
					data(xml, "edge", column, edge.attributes().get(column));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	private static void key(XMLStreamWriter xml, String forElement, String name, AttributeColumns.Type type)
			throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "key");
		xml.writeAttribute("id", keyId(forElement, name));
		xml.writeAttribute("for", forElement);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type.xmlName());
	}

	private static void data(XMLStreamWriter xml, String forElement, String name, Object value)
			throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement(NAMESPACE, "data");
		xml.writeAttribute("key", keyId(forElement, name));
		xml.writeCharacters(XmlOutput.text(value));
		xml.writeEndElement();
	}

	/** Node and edge attributes may share a name; their keys may not share an id. */
	private static String keyId(String forElement, String name) {
		return forElement.charAt(0) + "_" + name;
	}

}
