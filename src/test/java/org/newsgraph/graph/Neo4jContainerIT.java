package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedGraph;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The official Neo4j 5.26 image, where Docker runs; skipped, with the reason in the
 * report, where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {

	private static final String PASSWORD = "newsgraph-test-secret";

	@Container
	private static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26").withAdminPassword(PASSWORD);

	@Test
	void theSeedsLoadIntoTheOfficialNeo4jImage() {
		try (ApplicationContext context = ApplicationContext.run(
				Map.of("neo4j.uri", NEO4J.getBoltUrl(), "neo4j.username", "neo4j", "neo4j.password", PASSWORD),
				Environment.TEST)) {
			LoadReport report = context.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));

			assertThat(report.documentsLoaded()).isEqualTo(5);
			SeedGraph.assertLoaded(context.getBean(Graph.class));
		}
	}

}
