package org.newsgraph.graph;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the driver: to {@code NEO4J_URI} when set, otherwise to the in-process server,
 * which is started only then; and the {@link Graph} on top of it, once the schema is
 * applied.
 */
@Factory
final class Neo4jFactory {

	private static final Logger LOG = LoggerFactory.getLogger(Neo4jFactory.class);

	/**
	 * The settings of the features that can use Graph Data Science, by name: they belong
	 * to the analysis and the reads, which come after this package.
	 */
	private static final List<String> GDS_SETTINGS = List.of("newsgraph.stories.algorithm",
			"newsgraph.outlets.similarity");

	@Singleton
	@Bean(preDestroy = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jSettings settings, PropertyResolver properties) {
		List<String> gdsSettings = GDS_SETTINGS.stream()
			.map(setting -> properties.get(setting, String.class, ""))
			.toList();
		return EmbeddedNeo4j.start(settings, settings.plugins().registered(gdsSettings));
	}

	@Singleton
	@Bean(preDestroy = "close")
	Driver driver(Neo4jSettings settings, BeanProvider<EmbeddedNeo4j> embedded) {
		if (settings.external()) {
			LOG.info("Using the Neo4j server at {}", settings.uri());
			AuthToken auth = settings.password() == null || settings.password().isEmpty() ? AuthTokens.none()
					: AuthTokens.basic(settings.username(), settings.password());
			return GraphDatabase.driver(settings.uri(), auth, config(settings));
		}
		return GraphDatabase.driver(embedded.get().boltUri(), embedded.get().authToken(), config(settings));
	}

	/** No statement can reach the database before its constraints exist. */
	@Singleton
	Graph graph(Driver driver, Neo4jSettings settings, MeterRegistry meters) {
		try {
			SchemaMigrations.apply(driver, settings.database());
		}
		catch (Neo4jException ex) {
			String where = settings.external() ? settings.uri() : "the embedded server";
			throw new GraphUnavailableException("Cannot use Neo4j at " + where + ": " + ex.getMessage(), ex);
		}
		return new Graph(driver, settings, meters);
	}

	private static Config config(Neo4jSettings settings) {
		return Config.builder()
			.withMaxTransactionRetryTime(settings.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
			.withUserAgent("newsgraph")
			.build();
	}

}
