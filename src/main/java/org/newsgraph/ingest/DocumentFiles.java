package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.newsgraph.NewsgraphException;

/**
 * The document files under the folders and files a user names: recursively, in a stable
 * order (so that loads are repeatable), one folder listing in memory at a time. Symbolic
 * links to folders are not followed, so a link loop cannot trap the walk.
 */
public final class DocumentFiles {

	private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt", "yaml", "yml", "json", "jsonl",
			"ndjson");

	/**
	 * Definition files by their usual names: whichever files are configured, these are
	 * not news.
	 */
	private static final Set<String> DEFINITION_NAMES = Set.of("campaigns.yml", "campaigns.yaml", "organisations.yml",
			"organisations.yaml");

	private DocumentFiles() {
	}

	/**
	 * @param definitions definition files (gazetteer, campaigns) that folder walks skip,
	 * as do files named {@code campaigns.yml} or {@code organisations.yml}: they are YAML
	 * but not news
	 * @throws NewsgraphException when a named path does not exist
	 */
	public static Stream<Path> under(List<Path> roots, Set<Path> definitions) {
		return existing(roots).stream()
			.map(root -> root.toAbsolutePath().normalize())
			.flatMap(root -> walk(root).filter(file -> file.equals(root) || !definitions.contains(file)
					&& !DEFINITION_NAMES.contains(file.getFileName().toString().toLowerCase(Locale.ROOT))));
	}

	/**
	 * @return the paths, once each is known to exist
	 * @throws NewsgraphException naming the first that does not
	 */
	public static List<Path> existing(List<Path> paths) {
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new NewsgraphException("No such file or folder: " + path.toAbsolutePath().normalize());
			}
		}
		return paths;
	}

	/**
	 * Whether a file's name marks it as a document; a file named explicitly is read
	 * whatever its name.
	 */
	static boolean isDocument(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static Stream<Path> walk(Path path) {
		if (!Files.isDirectory(path)) {
			return Stream.of(path);
		}
		return sortedChildren(path).flatMap(child -> {
			if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
				return walk(child);
			}
			return Files.isRegularFile(child) && isDocument(child) ? Stream.of(child) : Stream.empty();
		});
	}

	private static Stream<Path> sortedChildren(Path folder) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

}
