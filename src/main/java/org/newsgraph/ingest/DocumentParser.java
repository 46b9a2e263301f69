package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns one file into a {@link NewsDocument}, or rejects it with a
 * {@link DocumentProblem}. Thread-safe: every call builds its own YAML parser, which is
 * cheap next to reading the file.
 */
@Singleton
public final class DocumentParser {

	private final IngestLimits limits;

	private final JsonRecords json;

	public DocumentParser(IngestLimits limits) {
		this.limits = limits;
		this.json = new JsonRecords(limits);
	}

	/**
	 * Reads every news document in a file: one for a front-matter or YAML file, one per
	 * record for JSON and JSON Lines. Each document is handed to {@code documents} or,
	 * when it cannot be read, its problem to {@code problems}; one bad record does not
	 * stop the others.
	 */
	public void read(Path file, Consumer<NewsDocument> documents, Consumer<DocumentProblem> problems) {
		Path path = file.toAbsolutePath().normalize();
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".json") && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
			try {
				documents.accept(parse(path));
			}
			catch (DocumentRejectedException ex) {
				problems.accept(ex.problem());
			}
			return;
		}
		JsonRecords.Sink sink = new JsonRecords.Sink() {

			@Override
			public void record(int number, int line, JsonNode record, String compactJson) {
				try {
					documents.accept(document(path, number, JsonYamlNodes.of(record), line, null,
							Sha256.hex(compactJson.getBytes(StandardCharsets.UTF_8))));
				}
				catch (DocumentRejectedException ex) {
					problems.accept(ex.problem());
				}
			}

			@Override
			public void problem(int line, String reason) {
				problems.accept(new DocumentProblem(path, line, null, reason));
			}

		};
		try {
			if (name.endsWith(".json")) {
				json.readJson(path, sink);
			}
			else {
				json.readJsonLines(path, sink);
			}
		}
		catch (IOException ex) {
			problems.accept(new DocumentProblem(path, 0, null, "cannot be read: " + ex));
		}
	}

	/**
	 * @throws DocumentRejectedException when the file cannot be read as a news document
	 */
	public NewsDocument parse(Path file) {
		Path path = file.toAbsolutePath().normalize();
		try {
			long size = Files.size(path);
			if (size > limits.maxFileBytes()) {
				throw rejected(path, 0, "file is " + size + " bytes; the limit is " + limits.maxFileBytes()
						+ " (newsgraph.ingest.max-file-bytes)");
			}
			return parse(path, Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw rejected(path, 0, "cannot be read: " + ex);
		}
	}

	NewsDocument parse(Path path, byte[] content) {
		try {
			FrontMatter frontMatter = FrontMatter.of(decode(path, content), isYamlFile(path));
			int firstLine = frontMatter.firstLine();
			return document(path, 0, SafeYaml.compose(frontMatter.yaml(), firstLine, limits), firstLine,
					frontMatter.body(), Sha256.hex(content));
		}
		catch (InvalidValueException ex) {
			throw new DocumentRejectedException(new DocumentProblem(path, ex.line(), ex.field(), ex.getMessage()));
		}
	}

	/**
	 * One document from its YAML nodes: the mapping is the same whatever the file's
	 * format.
	 * @param record the number of the record in a multi-record file; 0 for a document
	 * that is a whole file
	 * @param firstLine the file line the nodes start on, so that errors name file lines
	 */
	private NewsDocument document(Path path, int record, Node nodes, int firstLine, String body, String sha256) {
		try {
			YamlMapping root = YamlMapping.of(nodes, firstLine, "the document");
			List<String> unknownKeys = new ArrayList<>();
			ArticleFacts main = ArticleBlocks.read(root, ArticleBlocks.DOCUMENT_KEYS, body, unknownKeys);
			List<ArticleFacts> related = new ArrayList<>();
			for (YamlMapping item : root.mappings("related")) {
				related.add(ArticleBlocks.read(item, Set.of(), null, unknownKeys));
			}
			return new NewsDocument(path, record, sha256, main, root.texts("topics"), related,
					root.text("secured").orElse(null), unknownKeys);
		}
		catch (InvalidValueException ex) {
			throw new DocumentRejectedException(new DocumentProblem(path, ex.line(), ex.field(), ex.getMessage()));
		}
	}

	private static String decode(Path path, byte[] content) {
		for (int i = 0; i < content.length; i++) {
			if (content[i] == 0) {
				throw rejected(path, 0, "binary file (NUL byte at offset " + i + ")");
			}
		}
		try {
			return StrictUtf8.decode(content);
		}
		catch (CharacterCodingException ex) {
			throw rejected(path, 0, "not UTF-8 text");
		}
	}

	private static boolean isYamlFile(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

	private static DocumentRejectedException rejected(Path path, int line, String reason) {
		return new DocumentRejectedException(new DocumentProblem(path, line, null, reason));
	}

}
