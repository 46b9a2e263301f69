package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * The whole graph as a stream of nodes and relationships, with the property columns each
 * kind has, for writing it out in bulk. Nodes and relationships are handed over one at a
 * time inside the read, so memory stays flat however large the graph. The reads are not
 * bounded by the app's transaction timeout: a million documents' graph takes minutes.
 */
@Singleton
public final class GraphDump {

	private static final CypherStatement NODE_COLUMNS = CypherStatement.load("read/dump-node-columns");

	private static final CypherStatement NODES = CypherStatement.load("read/dump-nodes");

	private static final CypherStatement RELATIONSHIP_COLUMNS = CypherStatement.load("read/dump-relationship-columns");

	private static final CypherStatement RELATIONSHIPS = CypherStatement.load("read/dump-relationships");

	private final Graph graph;

	GraphDump(Graph graph) {
		this.graph = graph;
	}

	/** Per set of labels (sorted, joined with {@code :}), its properties. */
	public List<Column> nodeColumns() {
		return columns(NODE_COLUMNS, row -> Node.kind(labels(row)));
	}

	/** Per relationship type, its properties. */
	public List<Column> relationshipColumns() {
		return columns(RELATIONSHIP_COLUMNS, row -> row.get("type").asString());
	}

	public void nodes(Consumer<Node> each) {
		graph.readWholeGraph(tx -> {
			tx.run(NODES.text())
				.forEachRemaining(row -> each
					.accept(new Node(row.get("id").asString(), labels(row), row.get("properties").asMap())));
			return null;
		});
	}

	public void relationships(Consumer<Relationship> each) {
		graph.readWholeGraph(tx -> {
			tx.run(RELATIONSHIPS.text())
				.forEachRemaining(row -> each.accept(new Relationship(row.get("start").asString(),
						row.get("end").asString(), row.get("type").asString(), row.get("properties").asMap())));
			return null;
		});
	}

	private static List<String> labels(Record row) {
		return row.get("labels").asList(value -> value.asString()).stream().sorted().toList();
	}

	private List<Column> columns(CypherStatement statement, Function<Record, String> owner) {
		return graph.readWholeGraph(tx -> {
			List<Column> columns = new ArrayList<>();
			tx.run(statement.text())
				.forEachRemaining(row -> columns
					.add(new Column(owner.apply(row), row.get("key").isNull() ? null : row.get("key").asString(),
							row.get("types").asList(value -> value.asString()))));
			return columns;
		});
	}

	/**
	 * One property of one kind of node or relationship.
	 *
	 * @param owner the sorted labels joined with {@code :}, or the relationship type
	 * @param key the property, or null for a kind without properties
	 * @param types Cypher's names of the value types found, e.g. {@code STRING NOT NULL}
	 */
	public record Column(String owner, String key, List<String> types) {
	}

	/**
	 * @param labels sorted
	 */
	public record Node(String id, List<String> labels, Map<String, Object> properties) {

		/** The owner of this node's {@link Column}s: its labels joined with {@code :}. */
		public String kind() {
			return kind(labels);
		}

		static String kind(List<String> sortedLabels) {
			return String.join(":", sortedLabels);
		}

	}

	public record Relationship(String start, String end, String type, Map<String, Object> properties) {
	}

}
