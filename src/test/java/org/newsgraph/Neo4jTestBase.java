package org.newsgraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.Graph;

/**
 * Base of the integration tests that need a graph: owns the database lifecycle. Every
 * test class gets an application context configured with {@code neo4j.uri} pointing at
 * the shared {@link TestNeo4j}, and every test starts from an empty graph (with the
 * schema in place).
 */
public abstract class Neo4jTestBase {

	private static final CypherStatement DELETE_EVERYTHING = CypherStatement.load("test/delete-everything");

	protected static ApplicationContext context;

	@BeforeAll
	static void startContext() {
		context = ApplicationContext.run(Map.of("neo4j.uri", TestNeo4j.boltUri().toString()), Environment.TEST);
	}

	@AfterAll
	static void stopContext() {
		context.close();
	}

	@BeforeEach
	protected void emptyTheGraph() {
		deleteEverything();
	}

	/** For a class whose tests only read what it loaded once. */
	protected static void deleteEverything() {
		graph().write(tx -> tx.run(DELETE_EVERYTHING.text()).consume());
	}

	protected static Graph graph() {
		return context.getBean(Graph.class);
	}

	/**
	 * The app's HTTP server on a free port, against the shared test server, with these
	 * settings on top.
	 */
	protected static EmbeddedServer serve(Map<String, Object> settings) {
		Map<String, Object> properties = new HashMap<>(testServerProperties());
		properties.put("micronaut.server.port", -1);
		properties.putAll(settings);
		return ApplicationContext.run(EmbeddedServer.class, properties, Environment.TEST);
	}

	/** The seeds loaded and analysed, for tests that only read. */
	protected static void loadTheSeeds() {
		context.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));
		context.getBean(GraphAnalysis.class).update();
	}

	/** Settings that point another context (a CLI one, say) at the shared test server. */
	protected static Map<String, Object> testServerProperties() {
		return Map.of("neo4j.uri", TestNeo4j.boltUri().toString());
	}

}
