package org.newsgraph.graph;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema (constraints and indexes, versioned files under
 * {@code cypher/schema/}) up to date, with neo4j-migrations, which records what it
 * applied in the database itself.
 */
public final class SchemaMigrations {

	private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final String LOCATION = "cypher/schema";

	private static final SchemaResourceScanner SCANNER = new SchemaResourceScanner();

	/** {@code V0014__Definitions_kind_is_unique.cypher} is version {@code 0014}. */
	private static final Pattern SCHEMA_FILE = Pattern.compile("/V([^/_]+)__[^/]*\\.cypher$");

	private static final CypherStatement APPLIED_VERSIONS = CypherStatement.load("read/applied-schema-versions");

	private SchemaMigrations() {
	}

	/**
	 * Applies pending schema versions; a no-op when the database is current. Only then is
	 * neo4j-migrations asked, because it always takes its lock, a node in the database: a
	 * process killed while holding it would keep every later start from running.
	 */
	public static void apply(Driver driver, String database) {
		List<String> known = SCANNER.scan(List.of(LOCATION))
			.stream()
			.map(file -> SCHEMA_FILE.matcher(file.getPath()))
			.filter(Matcher::find)
			.map(file -> file.group(1))
			.sorted()
			.toList();
		if (applied(driver, database).containsAll(known)) {
			LOG.info("Schema is at version {}", known.isEmpty() ? "none" : known.get(known.size() - 1));
			return;
		}
		MigrationsConfig.Builder config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			.withResourceScanner(SCANNER);
		if (database != null && !database.isBlank()) {
			config.withDatabase(database);
		}
		new Migrations(config.build(), driver).apply()
			.ifPresent(version -> LOG.info("Schema is at version {}", version.getValue()));
	}

	private static List<String> applied(Driver driver, String database) {
		SessionConfig session = database == null || database.isBlank() ? SessionConfig.defaultConfig()
				: SessionConfig.forDatabase(database);
		try (Session reads = driver.session(session)) {
			return reads
				.executeRead(tx -> tx.run(APPLIED_VERSIONS.text()).single().get("versions").asList(Value::asString));
		}
	}

}
