package org.newsgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.NewsgraphException;

/**
 * The graph a load of the same documents through Cypher would write, built as the
 * importer's CSV files. Every batch's rows (the very rows the write statements get) are
 * kept on disk by key; once all are in, the rows of each node and relationship are folded
 * by the rules the statements apply across batches (see {@code cypher/write/}): a main
 * block's facts beat a related item's, later facts beat earlier ones and add up with
 * them, and the documents stating a link are collected in its {@code sources}. So memory
 * holds one batch and one key's rows, whatever the corpus.
 */
final class ImportedGraph implements AutoCloseable {

	private static final char KEY_SEPARATOR = '\u0000';

	private static final byte[] NO_ROW = {};

	private static final String LABELS_OF_NEW_ARTICLES = String.join(String.valueOf(ImportTable.ARRAY_DELIMITER),
			List.of("Article", "ClusterPending", "CampaignPending", "EmbeddingPending"));

	/**
	 * What is kept, one kind per table; the name's first letter starts every key, so that
	 * the sorted rows come kind by kind.
	 */
	private enum Kind {

		ARTICLE("Article", "id"), OUTLET("Outlet", "domain"), TOPIC("Topic", "name"), IMAGE("Image", "url"),
		URL("Url", "url"), SOURCE_DOCUMENT("SourceDocument", "path"), PUBLISHED_BY("Article", "Outlet"),
		IDENTIFIES("Url", "Article"), HAS_TOPIC("Article", "Topic"), HAS_IMAGE("Article", "Image"),
		RELATED_TO("Article", "Article"), DESCRIBES("SourceDocument", "Article");

		/** For nodes their label and key; for relationships the labels of their ends. */
		final String first;

		final String second;

		Kind(String first, String second) {
			this.first = first;
			this.second = second;
		}

		char tag() {
			return (char) ('A' + ordinal());
		}

		boolean node() {
			return ordinal() <= SOURCE_DOCUMENT.ordinal();
		}

	}

	private final SortedSpill spill;

	private final OffsetDateTime loadedAt;

	/** The importer's type of every property met, per kind of node. */
	private final Map<Kind, Map<String, String>> columns = new EnumMap<>(Kind.class);

	/**
	 * @param loadedAt when the documents were loaded: their {@code loadedAt}, their
	 * articles' {@code firstSeen} and {@code lastSeen}
	 * @param memoryBound how many bytes of rows are held before they are sorted to disk
	 */
	ImportedGraph(Path work, OffsetDateTime loadedAt, long memoryBound) {
		this.spill = new SortedSpill(work, memoryBound);
		this.loadedAt = loadedAt;
		Map<String, Object> seen = Map.of("fromMain", true, "firstSeen", loadedAt, "lastSeen", loadedAt);
		seeColumns(Kind.ARTICLE, seen);
		seeColumns(Kind.OUTLET, Map.of("fromMain", true));
	}

	void add(WriteBatch rows) {
		rows.articleRows().forEach(row -> addNode(Kind.ARTICLE, row.get("id"), row));
		rows.outletRows().forEach(row -> addNode(Kind.OUTLET, row.get("domain"), row));
		rows.imageRows().forEach(row -> addNode(Kind.IMAGE, row.get("url"), row));
		rows.documentRows().forEach(row -> {
			Map<String, Object> properties = new HashMap<>(row);
			properties.remove("describes");
			seeColumns(Kind.SOURCE_DOCUMENT, properties);
			add(Kind.SOURCE_DOCUMENT, (String) row.get("path"), SpilledValues.bytes(row));
		});
		Set<Object> urls = new LinkedHashSet<>();
		Set<Object> topics = new LinkedHashSet<>();
		for (Map<String, Object> links : rows.articleLinkRows()) {
			Object article = links.get("article");
			add(Kind.PUBLISHED_BY, (String) article,
					SpilledValues.bytes(Map.of("outlet", links.get("outlet"), "fromMain", links.get("fromMain"))));
			for (Map<String, Object> url : rowsIn(links, "urls")) {
				urls.add(url.get("url"));
				addSourced(Kind.IDENTIFIES, url.get("url"), article, url);
			}
			for (Map<String, Object> topic : rowsIn(links, "topics")) {
				topics.add(topic.get("topic"));
				addSourced(Kind.HAS_TOPIC, article, topic.get("topic"), topic);
			}
			for (Map<String, Object> image : rowsIn(links, "images")) {
				addSourced(Kind.HAS_IMAGE, article, image.get("image"), image);
			}
			for (Object related : (List<?>) links.get("related")) {
				add(Kind.RELATED_TO, pair(article, related), NO_ROW);
			}
		}
		urls.forEach(url -> add(Kind.URL, (String) url, NO_ROW));
		topics.forEach(topic -> add(Kind.TOPIC, (String) topic, NO_ROW));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rowsIn(Map<String, Object> links, String kind) {
		return (List<Map<String, Object>>) links.get(kind);
	}

	/**
	 * Folds every kept row and writes the importer's files.
	 * @return the importer's arguments for them, with what they hold
	 */
	ImportFiles write(Path folder) {
		Map<Kind, ImportTable> tables = new EnumMap<>(Kind.class);
		try (ImportTables all = new ImportTables(tables.values())) {
			Files.createDirectories(folder);
			for (Kind kind : Kind.values()) {
				tables.put(kind, open(kind, folder));
			}
			Iterator<SortedSpill.Row> rows = spill.sorted();
			List<SortedSpill.Row> group = new ArrayList<>();
			while (rows.hasNext()) {
				SortedSpill.Row row = rows.next();
				if (!group.isEmpty() && !group.get(0).key().equals(row.key())) {
					fold(group, tables);
					group.clear();
				}
				group.add(row);
			}
			if (!group.isEmpty()) {
				fold(group, tables);
			}
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot write the import files in " + folder + ": " + ex.getMessage(), ex);
		}
		return ImportFiles.of(tables);
	}

	@Override
	public void close() {
		spill.close();
	}

	private void addNode(Kind kind, Object key, Map<String, Object> row) {
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) row.get("properties");
		seeColumns(kind, properties);
		add(kind, (String) key, SpilledValues.bytes(row));
	}

	private void addSourced(Kind kind, Object start, Object end, Map<String, Object> link) {
		add(kind, pair(start, end), SpilledValues.bytes(Map.of("source", link.get("source"))));
	}

	private void add(Kind kind, String key, byte[] row) {
		spill.add(kind.tag() + key, row);
	}

	private static String pair(Object start, Object end) {
		return start + String.valueOf(KEY_SEPARATOR) + end;
	}

	private void seeColumns(Kind kind, Map<String, Object> properties) {
		Map<String, String> types = columns.computeIfAbsent(kind, any -> new LinkedHashMap<>());
		properties.forEach((key, value) -> {
			if (value != null && !types.containsKey(key)) {
				types.put(key, ImportTable.importType(value));
			}
		});
	}

	private ImportTable open(Kind kind, Path folder) throws IOException {
		Path file = folder.resolve(String.format("%02d-%s.csv", kind.ordinal(), kind.name().toLowerCase()));
		if (kind.node()) {
			Map<String, String> types = new LinkedHashMap<>(columns.getOrDefault(kind, Map.of()));
			types.remove(kind.second);
			return new ImportTable(file, List.of(kind.second + ":ID(" + kind.first + ")", ":LABEL"), types);
		}
		Map<String, String> types = switch (kind) {
			case IDENTIFIES, HAS_TOPIC, HAS_IMAGE -> Map.of("sources", "string[]");
			case DESCRIBES -> Map.of("role", "string");
			default -> Map.of();
		};
		return new ImportTable(file, List.of(":START_ID(" + kind.first + ")", ":END_ID(" + kind.second + ")", ":TYPE"),
				types);
	}

	/** One key's rows, in the order they were added. */
	private void fold(List<SortedSpill.Row> group, Map<Kind, ImportTable> tables) {
		String tagged = group.get(0).key();
		Kind kind = Kind.values()[tagged.charAt(0) - 'A'];
		String key = tagged.substring(1);
		ImportTable table = tables.get(kind);
		switch (kind) {
			case ARTICLE -> {
				Map<String, Object> article = folded(group);
				Map<String, Object> properties = properties(article);
				properties.put("firstSeen", loadedAt);
				properties.put("lastSeen", loadedAt);
				table.row(List.of(key, LABELS_OF_NEW_ARTICLES), properties);
			}
			case OUTLET -> table.row(List.of(key, kind.first), properties(folded(group)));
			case IMAGE -> {
				Map<String, Object> image = null;
				for (SortedSpill.Row row : group) {
					Map<String, Object> next = SpilledValues.row(row.bytes());
					image = image == null ? next : WriteBatch.mergedImage(image, properties(next));
				}
				table.row(List.of(key, kind.first), properties(image));
			}
			case TOPIC, URL -> table.row(List.of(key, kind.first), Map.of());
			case SOURCE_DOCUMENT -> describe(SpilledValues.row(group.get(group.size() - 1).bytes()), tables);
			case PUBLISHED_BY -> {
				Map<String, Object> publisher = folded(group);
				table.row(List.of(key, (String) publisher.get("outlet"), kind.name()), Map.of());
			}
			case IDENTIFIES, HAS_TOPIC, HAS_IMAGE -> {
				Set<String> sources = new LinkedHashSet<>();
				for (SortedSpill.Row row : group) {
					String source = (String) SpilledValues.row(row.bytes()).get("source");
					// As the statements do: a source stated again moves to the end.
					sources.remove(source);
					sources.add(source);
				}
				relationship(table, kind, key, Map.of("sources", List.copyOf(sources)));
			}
			case RELATED_TO -> relationship(table, kind, key, Map.of());
			case DESCRIBES -> throw new IllegalStateException("Descriptions are written with their documents");
		}
	}

	/**
	 * A main block's row replaces a related item's, never the other way round, and adds
	 * up with the one it replaces.
	 */
	private static Map<String, Object> folded(List<SortedSpill.Row> group) {
		Map<String, Object> folded = null;
		for (SortedSpill.Row row : group) {
			Map<String, Object> next = SpilledValues.row(row.bytes());
			boolean fromMain = Boolean.TRUE.equals(next.get("fromMain"));
			if (WriteBatch.replaces(folded, fromMain)) {
				Map<String, Object> replaced = new HashMap<>(next);
				if (next.containsKey("properties")) {
					replaced.put("properties", WriteBatch.addedUp(folded, properties(next)));
				}
				folded = replaced;
			}
		}
		return folded;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> row) {
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
		if (Boolean.TRUE.equals(row.get("fromMain"))) {
			properties.put("fromMain", true);
		}
		return properties;
	}

	@SuppressWarnings("unchecked")
	private void describe(Map<String, Object> document, Map<Kind, ImportTable> tables) {
		String path = (String) document.get("path");
		Map<String, Object> properties = new HashMap<>(document);
		properties.remove("describes");
		tables.get(Kind.SOURCE_DOCUMENT).row(List.of(path, Kind.SOURCE_DOCUMENT.first), properties);
		Set<List<String>> descriptions = new LinkedHashSet<>();
		for (Map<String, Object> description : (List<Map<String, Object>>) document.get("describes")) {
			descriptions.add(List.of((String) description.get("role"), (String) description.get("article")));
		}
		for (List<String> description : descriptions) {
			tables.get(Kind.DESCRIBES)
				.row(List.of(path, description.get(1), Kind.DESCRIBES.name()), Map.of("role", description.get(0)));
		}
	}

	private static void relationship(ImportTable table, Kind kind, String key, Map<String, Object> properties) {
		int separator = key.indexOf(KEY_SEPARATOR);
		table.row(List.of(key.substring(0, separator), key.substring(separator + 1), kind.name()), properties);
	}

	/**
	 * @param arguments the importer's {@code --nodes=} and {@code --relationships=}
	 * arguments, and how it reads the files
	 */
	record ImportFiles(List<String> arguments, long nodes, long relationships, long properties) {

		static ImportFiles of(Map<Kind, ImportTable> tables) {
			List<String> arguments = new ArrayList<>();
			long nodes = 0;
			long relationships = 0;
			long properties = 0;
			boolean multiline = false;
			for (var table : tables.entrySet()) {
				boolean node = table.getKey().node();
				arguments.add((node ? "--nodes=" : "--relationships=") + table.getValue().file());
				nodes += node ? table.getValue().rows() : 0;
				relationships += node ? 0 : table.getValue().rows();
				properties += table.getValue().properties();
				multiline |= table.getValue().multiline();
			}
			arguments.addAll(ImportTable.formatArguments(multiline));
			return new ImportFiles(arguments, nodes, relationships, properties);
		}

	}

}
