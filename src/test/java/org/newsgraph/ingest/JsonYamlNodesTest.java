package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * JSON records turned into YAML nodes directly give the nodes SnakeYAML composes from
 * their compact JSON, which is how they were read before: same shapes, tags and values.
 */
class JsonYamlNodesTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final Path DOCUMENTS = Path.of("src/test/resources/documents");

	static List<JsonNode> records() throws IOException {
		List<JsonNode> records = new ArrayList<>();
		records.add(MAPPER.readTree(DOCUMENTS.resolve("seed-000-as-json.json").toFile()));
		MAPPER.readTree(DOCUMENTS.resolve("news-api.json").toFile()).get("news").forEach(records::add);
		records.add(MAPPER.readTree("""
				{"int": 1200, "negative": -3, "long": 12345678901234, "huge": 123456789012345678901234567890,
				 "float": 1.5, "exponent": 1e3, "small": -2.5E-7, "yes": true, "no": false, "nothing": null,
				 "looksLikeNumber": "123", "looksLikeBool": "yes", "looksLikeNull": "null", "tilde": "~",
				 "date": "2021-01-02T04:23:00Z", "empty": "", "spaces": "  padded  ", "unicode": "Café – “quoted” 🚓",
				 "escapes": "line\\nbreak \\"quote\\" back\\\\slash", "colon": "a: b", "hash": "# not a comment",
				 "123": "numeric key", "nested": {"list": [1, "two", [3.0, null], {"deep": false}], "emptyList": [],
				 "emptyMap": {}}}
				"""));
		return records;
	}

	@ParameterizedTest
	@MethodSource("records")
	void aRecordGivesTheNodesItsCompactJsonComposesTo(JsonNode record) throws IOException {
		Node composed = SafeYaml.compose(MAPPER.writeValueAsString(record), 1, IngestLimits.defaults());

		assertSameNodes(JsonYamlNodes.of(record), composed, "$");
	}

	private static void assertSameNodes(Node actual, Node expected, String where) {
		assertThat(actual.getClass()).as(where).isEqualTo(expected.getClass());
		assertThat(actual.getTag()).as(where).isEqualTo(expected.getTag());
		if (expected instanceof ScalarNode scalar) {
			assertThat(((ScalarNode) actual).getValue()).as(where).isEqualTo(scalar.getValue());
		}
		else if (expected instanceof SequenceNode sequence) {
			List<Node> items = ((SequenceNode) actual).getValue();
			assertThat(items).as(where).hasSameSizeAs(sequence.getValue());
			for (int i = 0; i < items.size(); i++) {
				assertSameNodes(items.get(i), sequence.getValue().get(i), where + "[" + i + "]");
			}
		}
		else {
			List<NodeTuple> tuples = ((MappingNode) actual).getValue();
			List<NodeTuple> expectedTuples = ((MappingNode) expected).getValue();
			assertThat(tuples).as(where).hasSameSizeAs(expectedTuples);
			for (int i = 0; i < tuples.size(); i++) {
				String key = ((ScalarNode) expectedTuples.get(i).getKeyNode()).getValue();
				assertSameNodes(tuples.get(i).getKeyNode(), expectedTuples.get(i).getKeyNode(), where + " key " + key);
				assertSameNodes(tuples.get(i).getValueNode(), expectedTuples.get(i).getValueNode(), where + "." + key);
			}
		}
	}

}
