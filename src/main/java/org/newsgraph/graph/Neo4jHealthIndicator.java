package org.newsgraph.graph;

import java.util.Map;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

/**
 * Reports Neo4j in {@code /health}: which server answers, and whether it is the embedded
 * one.
 */
@Singleton
final class Neo4jHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

	private final Graph graph;

	private final Neo4jSettings settings;

	Neo4jHealthIndicator(Graph graph, Neo4jSettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	@Override
	protected Map<String, Object> getHealthInformation() {
		String server = graph.serverDescription();
		healthStatus = HealthStatus.UP;
		return Map.of("server", server, "mode", settings.external() ? "external" : "embedded");
	}

	@Override
	protected String getName() {
		return "neo4j";
	}

}
