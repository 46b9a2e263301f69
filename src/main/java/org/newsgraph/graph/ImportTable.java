package org.newsgraph.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsgraph.NewsgraphException;

/**
 * One CSV file for Neo4j's offline importer: a typed header, fixed columns (ids, labels,
 * ends, type), then one column per property. Every cell is quoted, so that a text may
 * hold commas, quotes and line breaks.
 */
public final class ImportTable implements AutoCloseable {

	/**
	 * Separates the elements of a list in one cell; a control character that no
	 * document's text keeps, so that no element has to be escaped.
	 */
	public static final char ARRAY_DELIMITER = '\u001F';

	private final Path file;

	private final List<String> keys;

	private final Writer out;

	private long rows;

	private long properties;

	private boolean multiline;

	/**
	 * @param types the importer's type of each property ({@code string}, {@code long[]},
	 * ...), in column order
	 */
	public ImportTable(Path file, List<String> fixed, Map<String, String> types) throws IOException {
		this.file = file;
		this.keys = List.copyOf(types.keySet());
		this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
		List<String> header = new ArrayList<>(fixed);
		types.forEach((key, type) -> header.add(key + ":" + type));
		out.write(header.stream().map(ImportTable::quoted).collect(Collectors.joining(",")));
		out.write('\n');
	}

	/**
	 * How the importer reads these tables, besides the files themselves.
	 * @param multiline whether a cell may hold a line break: the importer then reads each
	 * file on one thread, to find where its lines end
	 */
	public static List<String> formatArguments(boolean multiline) {
		return List.of("--array-delimiter=" + ARRAY_DELIMITER, "--multiline-fields=" + multiline);
	}

	/** Whether a cell written so far holds a line break. */
	public boolean multiline() {
		return multiline;
	}

	public Path file() {
		return file;
	}

	public long rows() {
		return rows;
	}

	/** A property missing from the map, or null, leaves its cell empty: no property. */
	public void row(List<String> fixed, Map<String, Object> properties) {
		try {
			StringBuilder line = new StringBuilder();
			fixed.forEach(cell -> line.append(cellText(cell)).append(','));
			for (String key : keys) {
				Object value = properties.get(key);
				if (value != null) {
					line.append(cellText(cell(value)));
					this.properties++;
				}
				line.append(',');
			}
			line.setLength(line.length() - 1);
			out.write(line.append('\n').toString());
			rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The properties written, besides the ids. */
	public long properties() {
		return properties;
	}

	/** The importer's type for a value as the loader's rows hold it. */
	public static String importType(Object value) {
		if (value instanceof List<?> list) {
			return (list.isEmpty() ? "string" : importType(list.get(0))) + "[]";
		}
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof Long || value instanceof Integer) {
			return "long";
		}
		if (value instanceof Double) {
			return "double";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof OffsetDateTime) {
			return "datetime";
		}
		throw new NewsgraphException("The bulk importer cannot write a value of " + value.getClass());
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

	private static String cell(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(ImportTable::cell).collect(Collectors.joining(String.valueOf(ARRAY_DELIMITER)));
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return String.valueOf(value);
	}

	private String cellText(String cell) {
		multiline |= cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
		return quoted(cell);
	}

	private static String quoted(String cell) {
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

}
