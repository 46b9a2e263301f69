package org.newsgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.thaiopensource.resolver.BasicResolver;
import com.thaiopensource.resolver.Identifier;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.Resolver;
import com.thaiopensource.resolver.ResolverException;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates exported files against the formats' published schemas, offline (see
 * {@code src/test/resources/xsd/README.md} for where each schema comes from). Each method
 * returns the schema's complaints; none means valid.
 */
final class XmlSchemas {

	static final String GEXF_XSD = "/xsd/gexf-1.3/gexf.xsd";

	static final String GEXF_RNC = "/xsd/gexf-1.3/rnc/gexf.rnc";

	static final String GRAPHML_XSD = "/xsd/graphml-1.0/graphml.xsd";

	private XmlSchemas() {
	}

	static List<String> xsdErrors(String schema, byte[] xml) throws SAXException, IOException {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		// The schemas import each other by relative paths; nothing may come from the
		// network.
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		Validator validator = factory.newSchema(resource(schema)).newValidator();
		List<String> errors = new ArrayList<>();
		validator.setErrorHandler(collecting(errors));
		try {
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXParseException notWellFormed) {
			// recorded by the handler
		}
		return errors;
	}

	static List<String> relaxNgErrors(String schema, byte[] xml) throws SAXException, IOException {
		List<String> errors = new ArrayList<>();
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collecting(errors));
		properties.put(ValidateProperty.RESOLVER, LOCAL_ONLY);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		if (!driver.loadSchema(new InputSource(resource(schema).toExternalForm()))) {
			throw new IllegalStateException(schema + " did not load: " + errors);
		}
		try {
			driver.validate(new InputSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXParseException notWellFormed) {
			// recorded by the handler
		}
		return errors;
	}

	private static URL resource(String name) {
		URL url = XmlSchemas.class.getResource(name);
		if (url == null) {
			throw new IllegalStateException(name + " is not on the test classpath");
		}
		return url;
	}

	private static ErrorHandler collecting(List<String> errors) {
		return new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) throws SAXException {
				error(ex);
				throw ex;
			}
		};
	}

	/**
	 * Includes resolve next to the schema, also inside a jar; nothing else is fetched.
	 */
	private static final Resolver LOCAL_ONLY = new Resolver() {

		@Override
		public void resolve(Identifier id, Input input) throws IOException, ResolverException {
			if (input.isResolved()) {
				return;
			}
			URL url = id.getBase() == null ? new URL(id.getUriReference())
					: new URL(new URL(id.getBase()), id.getUriReference());
			if (!url.getProtocol().equals("file") && !url.getProtocol().equals("jar")) {
				throw new ResolverException("refusing to fetch " + url);
			}
			input.setUri(url.toExternalForm());
		}

		@Override
		public void open(Input input) throws IOException, ResolverException {
			BasicResolver.getInstance().open(input);
		}

	};

}
