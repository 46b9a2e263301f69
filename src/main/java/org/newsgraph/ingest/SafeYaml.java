package org.newsgraph.ingest;

import java.io.StringReader;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one way we parse YAML, for documents and definition files alike: nodes are
 * composed, never constructed, within the limits on aliases, nesting and size, and errors
 * come back as file lines.
 */
final class SafeYaml {

	private SafeYaml() {
	}

	/**
	 * @param firstLine the file line the text starts on
	 * @throws InvalidValueException for YAML syntax errors, exceeded limits and empty
	 * text
	 */
	static Node compose(String text, int firstLine, IngestLimits limits) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(limits.maxAliases());
		options.setNestingDepthLimit(limits.maxNesting());
		options.setCodePointLimit(limits.maxFileBytes());
		DumperOptions dumperOptions = new DumperOptions();
		Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
				new Resolver());
		Node node;
		try {
			node = yaml.compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine();
			throw new InvalidValueException(line + firstLine, null, "invalid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			// Exceeded limits (aliases, size) have no position: they concern the whole
			// text.
			throw new InvalidValueException(0, null, "invalid YAML: " + ex.getMessage());
		}
		if (node == null) {
			throw new InvalidValueException(firstLine, null, "the document is empty");
		}
		return node;
	}

}
