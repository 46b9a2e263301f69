package org.newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Graph Data Science and APOC for the embedded server. Their classes are on our classpath
 * already, but Neo4j registers procedures only from the jars in its plugin folder, so
 * that folder is made of links to the jars that declare procedures.
 */
final class EmbeddedPlugins {

	/**
	 * The GDS and APOC jars with {@code @Procedure} classes; their dependencies stay put.
	 */
	private static final Pattern PROCEDURE_JAR = Pattern
		.compile("(proc|proc-[a-z-]+|alpha-proc|cypher-aggregation|apoc-core|apoc-common)-\\d[^/]*\\.jar");

	private EmbeddedPlugins() {
	}

	/**
	 * Links the procedure jars found on the classpath into {@code folder}.
	 * @param folder the server's plugin folder
	 * @return the folder
	 */
	static Path linkInto(Path folder) {
		try {
			emptyOrCreate(folder);
			for (Path jar : procedureJars()) {
				Path link = folder.resolve(jar.getFileName());
				try {
					Files.createSymbolicLink(link, jar);
				}
				catch (UnsupportedOperationException | IOException ex) {
					Files.copy(jar, link);
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the Neo4j plugin folder " + folder, ex);
		}
	}

	/** Links left by an older version would register the same procedures twice. */
	private static void emptyOrCreate(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
	}

	private static List<Path> procedureJars() throws IOException {
		List<Path> jars = new ArrayList<>();
		for (URL manifest : Collections
			.list(EmbeddedPlugins.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
			if ("jar".equals(manifest.getProtocol())
					&& manifest.openConnection() instanceof JarURLConnection connection) {
				String file = connection.getJarFileURL().getFile();
				String name = file.substring(file.lastIndexOf('/') + 1);
				if (PROCEDURE_JAR.matcher(name).matches()) {
					jars.add(Path.of(connection.getJarFileURL().getPath()));
				}
			}
		}
		return jars;
	}

}
