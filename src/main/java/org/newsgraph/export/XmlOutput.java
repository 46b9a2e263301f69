package org.newsgraph.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.newsgraph.NewsgraphException;

/** Streaming XML with one way of handling its checked errors. */
final class XmlOutput {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private XmlOutput() {
	}

	interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	static void write(OutputStream out, Body body) {
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new NewsgraphException("Cannot write XML: " + ex.getMessage(), ex);
		}
	}

	/** XML 1.0 cannot carry most control characters, even escaped. */
	static String text(Object value) {
		return String.valueOf(value).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
	}

}
