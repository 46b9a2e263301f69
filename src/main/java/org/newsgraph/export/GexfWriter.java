package org.newsgraph.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.newsgraph.query.Network;

/**
 * GEXF 1.3, Gephi's own format: an undirected static graph, edge weights, and every node
 * and edge attribute as a typed column that Gephi can size, colour and filter by.
 */
final class GexfWriter {

	private static final String NAMESPACE = "http://gexf.net/1.3";

	void write(Network network, OutputStream out) {
		AttributeColumns nodeColumns = AttributeColumns.of(network.nodes(), Network.Node::attributes);
		AttributeColumns edgeColumns = AttributeColumns.of(network.edges(), Network.Edge::attributes);
		XmlOutput.write(out, xml -> {
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "gexf");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement(NAMESPACE, "meta");
			xml.writeAttribute("lastmodifieddate", LocalDate.now(ZoneOffset.UTC).toString());
			element(xml, "creator", "newsgraph");
			element(xml, "description", "newsgraph " + network.name() + " network");
			xml.writeEndElement();
			xml.writeStartElement(NAMESPACE, "graph");
			xml.writeAttribute("defaultedgetype", "undirected");
			xml.writeAttribute("mode", "static");
			declare(xml, "node", nodeColumns);
			declare(xml, "edge", edgeColumns);
			xml.writeStartElement(NAMESPACE, "nodes");
			for (Network.Node node : network.nodes()) {
				xml.writeStartElement(NAMESPACE, "node");
				xml.writeAttribute("id", XmlOutput.text(node.id()));
				xml.writeAttribute("label", XmlOutput.text(node.label()));
				values(xml, nodeColumns, node.attributes());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement(NAMESPACE, "edges");
			List<Network.Edge> edges = network.edges();
			for (int i = 0; i < edges.size(); i++) {
				Network.Edge edge = edges.get(i);
				xml.writeStartElement(NAMESPACE, "edge");
				xml.writeAttribute("id", Integer.toString(i));
				xml.writeAttribute("source", XmlOutput.text(edge.source()));
				xml.writeAttribute("target", XmlOutput.text(edge.target()));
				xml.writeAttribute("weight", Double.toString(edge.weight()));
				values(xml, edgeColumns, edge.attributes());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	private static void declare(XMLStreamWriter xml, String forClass, AttributeColumns columns)
			throws XMLStreamException {
		if (columns.types().isEmpty()) {
			return;
		}
		xml.writeStartElement(NAMESPACE, "attributes");
		xml.writeAttribute("class", forClass);
		for (Map.Entry<String, AttributeColumns.Type> column : columns.types().entrySet()) {
			xml.writeEmptyElement(NAMESPACE, "attribute");
			xml.writeAttribute("id", column.getKey());
			xml.writeAttribute("title", column.getKey());
			xml.writeAttribute("type", column.getValue().xmlName());
		}
		xml.writeEndElement();
	}

	private static void values(XMLStreamWriter xml, AttributeColumns columns, Map<String, Object> attributes)
			throws XMLStreamException {
		if (attributes.values().stream().allMatch(value -> value == null)) {
			return;
		}
		xml.writeStartElement(NAMESPACE, "attvalues");
		for (String column : columns.types().keySet()) {
			Object value = attributes.get(column);
			if (value != null) {
				xml.writeEmptyElement(NAMESPACE, "attvalue");
				xml.writeAttribute("for", column);
				xml.writeAttribute("value", XmlOutput.text(value));
			}
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(XmlOutput.text(text));
		xml.writeEndElement();
	}

}
