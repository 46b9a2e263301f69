package org.newsgraph;

import java.nio.file.Path;

import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.EmbeddedNeo4jSettings;

/**
 * A Neo4j server in a process of its own, for tests that kill it: started with the test
 * classpath, it prints {@value #READY} and its Bolt address, then serves until killed.
 * Arguments: data folder, Bolt port, HTTP port.
 */
public final class StandaloneNeo4j {

	public static final String READY = "READY ";

	private StandaloneNeo4j() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4jSettings(Path.of(args[0]), "localhost",
				Integer.parseInt(args[1]), Integer.parseInt(args[2]), false, "256m", EmbeddedNeo4jSettings.Plugins.ON));
		System.out.println(READY + server.boltUri());
		System.out.flush();
		Thread.currentThread().join();
	}

}
