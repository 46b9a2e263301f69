package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.EmbeddedNeo4jSettings;

/**
 * The one in-process Neo4j shared by all integration tests of a test JVM, started on
 * first use and stopped when the JVM ends. Tests reach it only over Bolt, as the app
 * reaches any server.
 */
final class TestNeo4j {

	private static EmbeddedNeo4j server;

	private TestNeo4j() {
	}

	static synchronized URI boltUri() {
		if (server == null) {
			server = EmbeddedNeo4j.start(new EmbeddedNeo4jSettings(dataDir(), "localhost", FreePorts.next(),
					FreePorts.next(), false, "256m", EmbeddedNeo4jSettings.Plugins.ON));
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-neo4j-shutdown"));
		}
		return server.boltUri();
	}

	private static Path dataDir() {
		try {
			return Files.createTempDirectory("newsgraph-test-neo4j");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
