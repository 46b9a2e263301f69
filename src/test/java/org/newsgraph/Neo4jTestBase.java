package org.newsgraph;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.graph.CypherStatement;
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
		graph().write(tx -> tx.run(DELETE_EVERYTHING.text()).consume());
	}

	protected static Graph graph() {
		return context.getBean(Graph.class);
	}

	/** Settings that point another context (a CLI one, say) at the shared test server. */
	protected static Map<String, Object> testServerProperties() {
		return Map.of("neo4j.uri", TestNeo4j.boltUri().toString());
	}

}
