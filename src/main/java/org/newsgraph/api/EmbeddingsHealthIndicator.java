package org.newsgraph.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.newsgraph.analysis.GraphEmbeddings;

/**
 * Reports in {@code /health} how far the sentence vectors of the last changes have got:
 * off, embedding (with the step and its counts) or current (every vector worked out; not
 * "ready", which is the updates' word for the graph's state). Up all the while: searches
 * answer meanwhile, finding by their words the articles without a vector yet.
 */
@Singleton
final class EmbeddingsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

	private final GraphEmbeddings embeddings;

	EmbeddingsHealthIndicator(GraphEmbeddings embeddings) {
		this.embeddings = embeddings;
	}

	@Override
	protected Map<String, Object> getHealthInformation() {
		healthStatus = HealthStatus.UP;
		Map<String, Object> details = new LinkedHashMap<>();
		if (!embeddings.enabled()) {
			details.put("state", "off");
			return details;
		}
		embeddings.progress().ifPresentOrElse(step -> {
			details.put("state", "embedding");
			details.put("step", step.step());
			details.put("done", step.done());
			details.put("total", step.total());
		}, () -> details.put("state", "current"));
		return details;
	}

	@Override
	protected String getName() {
		return "embeddings";
	}

}
