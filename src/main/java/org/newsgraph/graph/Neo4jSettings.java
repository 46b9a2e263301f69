package org.newsgraph.graph;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import org.neo4j.driver.SessionConfig;

/**
 * Where Neo4j is. With no {@code uri} the app starts its own in-process server (see
 * {@link EmbeddedNeo4jSettings}).
 *
 * @param uri a Bolt or neo4j URI of an external server, cluster or Aura instance
 * ({@code NEO4J_URI})
 * @param database the database to use; null for the server's default
 * ({@code NEO4J_DATABASE})
 * @param transactionTimeout every transaction the app runs is bounded by this
 * @param maxRetryTime how long the driver retries a transaction that failed transiently
 * (deadlock, leader switch, lost connection) before giving up
 */
@ConfigurationProperties("neo4j")
public record Neo4jSettings(@Nullable String uri, @Bindable(defaultValue = "neo4j") String username,
		@Nullable String password, @Nullable String database,
		@Bindable(defaultValue = "60s") Duration transactionTimeout,
		@Bindable(defaultValue = "30s") Duration maxRetryTime) {

	public boolean external() {
		return uri != null && !uri.isBlank();
	}

	/** Sessions on the configured database, or on the server's default. */
	SessionConfig sessionConfig() {
		return sessionConfig(database);
	}

	static SessionConfig sessionConfig(String database) {
		return database == null || database.isBlank() ? SessionConfig.defaultConfig()
				: SessionConfig.forDatabase(database);
	}
}
