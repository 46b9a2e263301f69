package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.newsgraph.NewsgraphException;

/**
 * One Cypher statement from a file under {@code cypher/}, read from the classpath, so
 * that the query a user runs in Neo4j Browser is the query the app runs. Statements take
 * {@code $parameters} only; nothing is ever spliced in.
 *
 * @param name the file's path below {@code cypher/} without {@code .cypher}, e.g.
 * {@code read/article-by-id}
 */
public record CypherStatement(String name, String text) {

	public static CypherStatement load(String name) {
		String resource = "cypher/" + name + ".cypher";
		try (InputStream in = CypherStatement.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new NewsgraphException("Cypher statement not found on the classpath: " + resource);
			}
			return new CypherStatement(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot read Cypher statement " + resource, ex);
		}
	}
}
