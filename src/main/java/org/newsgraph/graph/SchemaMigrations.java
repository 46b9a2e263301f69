package org.newsgraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema (constraints and indexes, versioned files under
 * {@code cypher/schema/}) up to date, with neo4j-migrations, which records what it
 * applied in the database itself.
 */
public final class SchemaMigrations {

	private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

	private SchemaMigrations() {
	}

	/** Applies pending schema versions; a no-op when the database is current. */
	public static void apply(Driver driver, String database) {
		MigrationsConfig.Builder config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:cypher/schema")
			.withResourceScanner(new SchemaResourceScanner());
		if (database != null && !database.isBlank()) {
			config.withDatabase(database);
		}
		new Migrations(config.build(), driver).apply()
			.ifPresent(version -> LOG.info("Schema is at version {}", version.getValue()));
	}

}
