package org.newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;

/**
 * Finds migration files by asking the class loader for the schema folder itself.
 * neo4j-migrations' default scanner opens every jar on the classpath (seconds, with
 * Neo4j's hundreds of jars), at every start, even when nothing is pending.
 */
final class SchemaResourceScanner implements ClasspathResourceScanner {

	/**
	 * A file name found in more than one place of the classpath (the application's jar
	 * and its classes folder, on some classpaths) is the first one's, as a resource is.
	 */
	@Override
	public List<URL> scan(List<String> locations) {
		Map<String, URL> resources = new LinkedHashMap<>();
		for (String location : locations) {
			String folder = location.startsWith("/") ? location.substring(1) : location;
			try {
				for (URL root : Collections.list(getClass().getClassLoader().getResources(folder))) {
					for (URL file : filesUnder(root.toURI())) {
						resources.putIfAbsent(fileName(file), file);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list schema files in " + location, ex);
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException("Unusable classpath location " + location, ex);
			}
		}
		return List.copyOf(resources.values());
	}

	private static String fileName(URL file) {
		String path = file.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static List<URL> filesUnder(URI root) throws IOException {
		if (!"jar".equals(root.getScheme())) {
			return list(Path.of(root));
		}
		try {
			return list(FileSystems.getFileSystem(root).provider().getPath(root));
		}
		catch (FileSystemNotFoundException notOpenYet) {
			try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
				return list(jar.provider().getPath(root));
			}
		}
	}

	private static List<URL> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<URL> urls = new ArrayList<>();
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				urls.add(file.toUri().toURL());
			}
			return urls;
		}
	}

}
