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

	private DocumentFiles() {
	}

	/**
	 * @throws NewsgraphException when a named path does not exist
	 */
	public static Stream<Path> under(List<Path> roots) {
		for (Path root : roots) {
			if (!Files.exists(root)) {
				throw new NewsgraphException("No such file or folder: " + root.toAbsolutePath().normalize());
			}
		}
		return roots.stream().map(root -> root.toAbsolutePath().normalize()).flatMap(DocumentFiles::walk);
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
