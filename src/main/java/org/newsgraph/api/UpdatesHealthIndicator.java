package org.newsgraph.api;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.newsgraph.analysis.GraphUpdates;
import org.newsgraph.analysis.UpdateProgress;

/**
 * Reports in {@code /health} and {@code /health/readiness} what the graph's updates are
 * doing: loading, analysing or ready, and how far. Up all the while, since reads answer
 * from what is loaded meanwhile; the web page waits for ready before it draws.
 */
@Singleton
final class UpdatesHealthIndicator extends AbstractHealthIndicator<UpdateProgress> {

	private final GraphUpdates updates;

	UpdatesHealthIndicator(GraphUpdates updates) {
		this.updates = updates;
	}

	@Override
	protected UpdateProgress getHealthInformation() {
		healthStatus = HealthStatus.UP;
		return updates.progress();
	}

	@Override
	protected String getName() {
		return "updates";
	}

}
