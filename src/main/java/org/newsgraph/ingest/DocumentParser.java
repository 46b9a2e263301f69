package org.newsgraph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Singleton;
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
 * Turns one file into a {@link NewsDocument}, or rejects it with a
 * {@link DocumentProblem}. Thread-safe: every call builds its own YAML parser, which is
 * cheap next to reading the file.
 */
@Singleton
public final class DocumentParser {

	private final IngestLimits limits;

	public DocumentParser(IngestLimits limits) {
		this.limits = limits;
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
			YamlMapping root = YamlMapping.of(compose(frontMatter), frontMatter.firstLine(), "the front matter");
			List<String> unknownKeys = new ArrayList<>();
			ArticleFacts main = ArticleBlocks.read(root, ArticleBlocks.DOCUMENT_KEYS, frontMatter.body(), unknownKeys);
			List<ArticleFacts> related = new ArrayList<>();
			for (YamlMapping item : root.mappings("related")) {
				related.add(ArticleBlocks.read(item, Set.of(), null, unknownKeys));
			}
			return new NewsDocument(path, Sha256.hex(content), main, root.texts("topics"), related,
					root.text("secured").orElse(null), unknownKeys);
		}
		catch (InvalidValueException ex) {
			throw new DocumentRejectedException(new DocumentProblem(path, ex.line(), ex.field(), ex.getMessage()));
		}
		catch (YAMLException ex) {
			throw rejected(path, 0, "invalid YAML: " + ex.getMessage());
		}
	}

	/**
	 * Composes nodes only: nothing is constructed from the input. YAML errors come back
	 * as file lines.
	 */
	private Node compose(FrontMatter frontMatter) {
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
			node = yaml.compose(new StringReader(frontMatter.yaml()));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? frontMatter.firstLine() - 1 : ex.getProblemMark().getLine();
			throw new InvalidValueException(line + frontMatter.firstLine(), null, "invalid YAML: " + ex.getProblem());
		}
		if (node == null) {
			throw new InvalidValueException(frontMatter.firstLine(), null, "the front matter is empty");
		}
		return node;
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
