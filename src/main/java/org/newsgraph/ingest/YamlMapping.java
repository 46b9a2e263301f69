package org.newsgraph.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, line-aware access to one YAML mapping. Working on composed nodes rather than
 * constructed Java objects means no type is ever instantiated from the input, timestamps
 * stay text until we parse them deliberately, and every value knows the line it came from
 * for error reports.
 */
final class YamlMapping {

	private static final Set<String> TRUE = Set.of("true", "yes", "on");

	private static final JsonFactory JSON = new JsonFactory();

	private static final Set<String> FALSE = Set.of("false", "no", "off");

	private final Map<String, Node> entries;

	private final int lineOffset;

	private final int line;

	private final String path;

	private YamlMapping(Map<String, Node> entries, int lineOffset, int line, String path) {
		this.entries = entries;
		this.lineOffset = lineOffset;
		this.line = line;
		this.path = path;
	}

	/**
	 * @param lineOffset the file line of the YAML text's first line, so that node marks
	 * become file lines
	 */
	static YamlMapping of(Node node, int lineOffset, String what) {
		return of(node, lineOffset, what, "");
	}

	/**
	 * @param path where this mapping is in the document, as a prefix for field names
	 * ({@code related[1].})
	 */
	private static YamlMapping of(Node node, int lineOffset, String what, String path) {
		int line = lineOf(node, lineOffset);
		if (!(node instanceof MappingNode mapping)) {
			throw new InvalidValueException(line, path.isEmpty() ? null : path.substring(0, path.length() - 1),
					what + " must be a mapping of keys to values");
		}
		Map<String, Node> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw new InvalidValueException(lineOf(tuple.getKeyNode(), lineOffset), null,
						"keys must be plain text");
			}
			if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
				throw new InvalidValueException(lineOf(key, lineOffset), path + key.getValue(),
						"duplicate key '" + key.getValue() + "'");
			}
		}
		return new YamlMapping(entries, lineOffset, line, path);
	}

	int line() {
		return line;
	}

	/**
	 * The full name of a key of this mapping in the document, e.g.
	 * {@code related[1].webUrl}.
	 */
	String field(String key) {
		return path + key;
	}

	InvalidValueException invalid(String key, String reason) {
		return new InvalidValueException(lineOf(key), field(key), reason);
	}

	int lineOf(String key) {
		Node node = entries.get(key);
		return node == null ? line : lineOf(node, lineOffset);
	}

	Optional<String> text(String key) {
		return scalar(key).map(ScalarNode::getValue).map(String::strip).filter(value -> !value.isEmpty());
	}

	String requiredText(String key) {
		return text(key)
			.orElseThrow(() -> new InvalidValueException(line, field(key), "'" + key + "' is missing or empty"));
	}

	Optional<Long> integer(String key) {
		return text(key).map(value -> {
			try {
				return Long.valueOf(value);
			}
			catch (NumberFormatException ex) {
				throw invalid(key, "'" + key + "' must be a whole number, not '" + value + "'");
			}
		});
	}

	Optional<Boolean> bool(String key) {
		return text(key).map(value -> {
			String lower = value.toLowerCase(Locale.ROOT);
			if (TRUE.contains(lower) || FALSE.contains(lower)) {
				return TRUE.contains(lower);
			}
			throw invalid(key, "'" + key + "' must be true or false, not '" + value + "'");
		});
	}

	Optional<YamlMapping> mapping(String key) {
		return present(key).map(node -> of(node, lineOffset, "'" + key + "'", path + key + "."));
	}

	List<YamlMapping> mappings(String key) {
		List<YamlMapping> result = new ArrayList<>();
		List<Node> items = sequence(key);
		for (int i = 0; i < items.size(); i++) {
			result.add(of(items.get(i), lineOffset, "each item of '" + key + "'", path + key + "[" + i + "]."));
		}
		return result;
	}

	List<String> texts(String key) {
		List<String> result = new ArrayList<>();
		for (Node item : sequence(key)) {
			if (!(item instanceof ScalarNode scalar)) {
				throw new InvalidValueException(lineOf(item, lineOffset), field(key),
						"each item of '" + key + "' must be text");
			}
			if (!scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
				result.add(scalar.getValue().strip());
			}
		}
		return result;
	}

	/**
	 * For files people write by hand, where an unknown key is a typo that would otherwise
	 * be silently ignored.
	 */
	void rejectUnknown(Set<String> known) {
		entries.keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
			throw invalid(key, "unknown key '" + key + "'; expected one of " + new TreeSet<>(known));
		});
	}

	/** A value as JSON, whatever its shape; null when absent. */
	String json(String key) {
		return present(key).map(YamlMapping::toJson).orElse(null);
	}

	/**
	 * The keys not in {@code known}, as one JSON object (null when there are none); their
	 * full names are added to {@code found}.
	 */
	String unknownAsJson(Set<String> known, List<String> found) {
		Map<String, Node> unknown = new LinkedHashMap<>(entries);
		unknown.keySet().removeAll(known);
		if (unknown.isEmpty()) {
			return null;
		}
		unknown.keySet().forEach(key -> found.add(field(key)));
		return json(generator -> {
			generator.writeStartObject();
			for (Map.Entry<String, Node> entry : unknown.entrySet()) {
				generator.writeFieldName(entry.getKey());
				write(generator, entry.getValue());
			}
			generator.writeEndObject();
		});
	}

	private static String toJson(Node node) {
		return json(generator -> write(generator, node));
	}

	private static String json(JsonWriting writing) {
		StringWriter json = new StringWriter();
		try (JsonGenerator generator = JSON.createGenerator(json)) {
			writing.writeTo(generator);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return json.toString();
	}

	private interface JsonWriting {

		void writeTo(JsonGenerator generator) throws IOException;

	}

	/**
	 * Scalars keep the type YAML resolved for them; anything unusual becomes a string
	 * rather than an error.
	 */
	private static void write(JsonGenerator generator, Node node) throws IOException {
		if (node instanceof MappingNode mapping) {
			generator.writeStartObject();
			for (NodeTuple tuple : mapping.getValue()) {
				Node key = tuple.getKeyNode();
				generator.writeFieldName(key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(key));
				write(generator, tuple.getValueNode());
			}
			generator.writeEndObject();
		}
		else if (node instanceof SequenceNode sequence) {
			generator.writeStartArray();
			for (Node item : sequence.getValue()) {
				write(generator, item);
			}
			generator.writeEndArray();
		}
		else {
			writeScalar(generator, (ScalarNode) node);
		}
	}

	private static void writeScalar(JsonGenerator generator, ScalarNode scalar) throws IOException {
		String value = scalar.getValue();
		Tag tag = scalar.getTag();
		if (tag.equals(Tag.NULL)) {
			generator.writeNull();
		}
		else if (tag.equals(Tag.BOOL)) {
			generator.writeBoolean(TRUE.contains(value.toLowerCase(Locale.ROOT)));
		}
		else if (tag.equals(Tag.INT) && value.matches("[-+]?\\d{1,18}")) {
			generator.writeNumber(Long.parseLong(value));
		}
		else {
			generator.writeString(value);
		}
	}

	private List<Node> sequence(String key) {
		return present(key).map(node -> {
			if (node instanceof SequenceNode sequence) {
				return sequence.getValue();
			}
			throw new InvalidValueException(lineOf(node, lineOffset), field(key), "'" + key + "' must be a list");
		}).orElse(List.of());
	}

	private Optional<ScalarNode> scalar(String key) {
		return present(key).map(node -> {
			if (node instanceof ScalarNode scalar) {
				return scalar;
			}
			throw new InvalidValueException(lineOf(node, lineOffset), field(key),
					"'" + key + "' must be a single value");
		});
	}

	private Optional<Node> present(String key) {
		Node node = entries.get(key);
		if (node == null || node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
			return Optional.empty();
		}
		return Optional.of(node);
	}

	private static int lineOf(Node node, int lineOffset) {
		return node.getStartMark() == null ? lineOffset : node.getStartMark().getLine() + lineOffset;
	}

}
