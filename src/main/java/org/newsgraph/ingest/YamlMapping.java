package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	private static final Set<String> FALSE = Set.of("false", "no", "off");

	private final Map<String, Node> entries;

	private final int lineOffset;

	private final int line;

	private YamlMapping(Map<String, Node> entries, int lineOffset, int line) {
		this.entries = entries;
		this.lineOffset = lineOffset;
		this.line = line;
	}

	/**
	 * @param lineOffset the file line of the YAML text's first line, so that node marks
	 * become file lines
	 */
	static YamlMapping of(Node node, int lineOffset, String what) {
		int line = lineOf(node, lineOffset);
		if (!(node instanceof MappingNode mapping)) {
			throw new InvalidValueException(line, what + " must be a mapping of keys to values");
		}
		Map<String, Node> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw new InvalidValueException(lineOf(tuple.getKeyNode(), lineOffset), "keys must be plain text");
			}
			if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
				throw new InvalidValueException(lineOf(key, lineOffset), "duplicate key '" + key.getValue() + "'");
			}
		}
		return new YamlMapping(entries, lineOffset, line);
	}

	int line() {
		return line;
	}

	int lineOf(String key) {
		Node node = entries.get(key);
		return node == null ? line : lineOf(node, lineOffset);
	}

	Optional<String> text(String key) {
		return scalar(key).map(ScalarNode::getValue).map(String::strip).filter(value -> !value.isEmpty());
	}

	String requiredText(String key) {
		return text(key).orElseThrow(() -> new InvalidValueException(line, "'" + key + "' is missing or empty"));
	}

	Optional<Long> integer(String key) {
		return text(key).map(value -> {
			try {
				return Long.valueOf(value);
			}
			catch (NumberFormatException ex) {
				throw new InvalidValueException(lineOf(key),
						"'" + key + "' must be a whole number, not '" + value + "'");
			}
		});
	}

	Optional<Boolean> bool(String key) {
		return text(key).map(value -> {
			String lower = value.toLowerCase(Locale.ROOT);
			if (TRUE.contains(lower) || FALSE.contains(lower)) {
				return TRUE.contains(lower);
			}
			throw new InvalidValueException(lineOf(key), "'" + key + "' must be true or false, not '" + value + "'");
		});
	}

	Optional<YamlMapping> mapping(String key) {
		return present(key).map(node -> of(node, lineOffset, "'" + key + "'"));
	}

	List<YamlMapping> mappings(String key) {
		List<YamlMapping> result = new ArrayList<>();
		for (Node item : sequence(key)) {
			result.add(of(item, lineOffset, "each item of '" + key + "'"));
		}
		return result;
	}

	List<String> texts(String key) {
		List<String> result = new ArrayList<>();
		for (Node item : sequence(key)) {
			if (!(item instanceof ScalarNode scalar)) {
				throw new InvalidValueException(lineOf(item, lineOffset), "each item of '" + key + "' must be text");
			}
			if (!scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
				result.add(scalar.getValue().strip());
			}
		}
		return result;
	}

	private List<Node> sequence(String key) {
		return present(key).map(node -> {
			if (node instanceof SequenceNode sequence) {
				return sequence.getValue();
			}
			throw new InvalidValueException(lineOf(node, lineOffset), "'" + key + "' must be a list");
		}).orElse(List.of());
	}

	private Optional<ScalarNode> scalar(String key) {
		return present(key).map(node -> {
			if (node instanceof ScalarNode scalar) {
				return scalar;
			}
			throw new InvalidValueException(lineOf(node, lineOffset), "'" + key + "' must be a single value");
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
