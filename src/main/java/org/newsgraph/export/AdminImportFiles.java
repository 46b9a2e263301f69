package org.newsgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.NewsgraphException;
import org.newsgraph.graph.ImportTable;
import org.newsgraph.graph.ImportTables;
import org.newsgraph.query.GraphDump;

/**
 * The whole graph as CSV files for Neo4j's offline importer
 * ({@code neo4j-admin database import full}): one file of nodes per set of labels, one of
 * relationships per type, each with a typed header. It is the fast path for a first huge
 * load, or for moving a graph to a new server; the schema is not in the files, and
 * newsgraph makes it at its first start on the imported store. The importer cannot
 * express an empty list, so a property holding one is left out (newsgraph reads a missing
 * list as an empty one).
 *
 * @param nodeFiles for {@code --nodes}
 * @param relationshipFiles for {@code --relationships}
 */
public record AdminImportFiles(List<Path> nodeFiles, List<Path> relationshipFiles, long nodes, long relationships) {

	/** The importer's arguments that read these files as they are written. */
	public List<String> importArguments() {
		List<String> arguments = new ArrayList<>();
		nodeFiles.forEach(file -> arguments.add("--nodes=" + file));
		relationshipFiles.forEach(file -> arguments.add("--relationships=" + file));
		arguments.addAll(ImportTable.formatArguments(true));
		return arguments;
	}

	public static AdminImportFiles write(GraphDump dump, Path folder) {
		try {
			Files.createDirectories(folder);
			Map<String, ImportTable> nodeTables = new LinkedHashMap<>();
			Map<String, ImportTable> relationshipTables = new LinkedHashMap<>();
			long[] counts = new long[2];
			// The tables close through live views of the maps: a file that fails
			// to open leaves none of those opened before it open.
			try (ImportTables nodes = new ImportTables(nodeTables.values());
					ImportTables relationships = new ImportTables(relationshipTables.values())) {
				open(nodeTables, dump.nodeColumns(), folder, "nodes", List.of(":ID", ":LABEL"));
				open(relationshipTables, dump.relationshipColumns(), folder, "relationships",
						List.of(":START_ID", ":END_ID", ":TYPE"));
				dump.nodes(node -> {
					table(nodeTables, node.kind(), "nodes labelled").row(
							List.of(node.id(), String.join(String.valueOf(ImportTable.ARRAY_DELIMITER), node.labels())),
							node.properties());
					counts[0]++;
				});
				dump.relationships(relationship -> {
					table(relationshipTables, relationship.type(), "relationships of type").row(
							List.of(relationship.start(), relationship.end(), relationship.type()),
							relationship.properties());
					counts[1]++;
				});
			}
			return new AdminImportFiles(paths(nodeTables), paths(relationshipTables), counts[0], counts[1]);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new NewsgraphException("Cannot write the import files in " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private static void open(Map<String, ImportTable> tables, List<GraphDump.Column> columns, Path folder, String kind,
			List<String> fixed) throws IOException {
		Map<String, Map<String, String>> typesByOwner = new LinkedHashMap<>();
		for (GraphDump.Column column : columns) {
			Map<String, String> types = typesByOwner.computeIfAbsent(column.owner(), owner -> new LinkedHashMap<>());
			if (column.key() != null) {
				types.put(column.key(), importType(column));
			}
		}
		int number = 0;
		for (var owner : typesByOwner.entrySet()) {
			Path file = folder
				.resolve(String.format("%s-%03d-%s.csv", kind, ++number, owner.getKey().replace(':', '-')));
			tables.put(owner.getKey(), new ImportTable(file, fixed, owner.getValue()));
		}
	}

	/** The columns are read before the rows; a write in between can bring new owners. */
	private static ImportTable table(Map<String, ImportTable> tables, String owner, String what) {
		ImportTable table = tables.get(owner);
		if (table == null) {
			throw new NewsgraphException("The graph changed during the export: " + what + " " + owner
					+ " appeared after the columns were read; export again once the writes are done");
		}
		return table;
	}

	/** The importer's type for the values Cypher found; one type per column. */
	static String importType(GraphDump.Column column) {
		List<String> found = column.types().stream().map(type -> type.replace(" NOT NULL", "")).distinct().toList();
		// An empty list has no element type; it takes that of the column's other lists.
		List<String> types = found.size() > 1 ? found.stream().filter(type -> !type.equals("LIST<NOTHING>")).toList()
				: found.stream().map(type -> type.equals("LIST<NOTHING>") ? "LIST<STRING>" : type).toList();
		if (types.size() != 1) {
			throw new NewsgraphException("Cannot export " + column.owner() + "." + column.key()
					+ " for the importer: its values have several types " + types);
		}
		String type = types.get(0);
		boolean list = type.startsWith("LIST<");
		String element = list ? type.substring(5, type.length() - 1) : type;
		String importType = switch (element) {
			case "STRING" -> "string";
			case "INTEGER" -> "long";
			case "FLOAT" -> "double";
			case "BOOLEAN" -> "boolean";
			case "ZONED DATETIME" -> "datetime";
			case "LOCAL DATETIME" -> "localdatetime";
			case "DATE" -> "date";
			default -> throw new NewsgraphException("Cannot export " + column.owner() + "." + column.key()
					+ " for the importer: values of type " + type + " are not supported");
		};
		return list ? importType + "[]" : importType;
	}

	private static List<Path> paths(Map<String, ImportTable> tables) {
		return tables.values().stream().map(ImportTable::file).toList();
	}

}
