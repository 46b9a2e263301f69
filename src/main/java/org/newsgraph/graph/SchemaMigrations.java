package org.newsgraph.graph;

import java.net.URL;
import java.util.Comparator;
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
	 * process killed while holding it would keep every later start from running. A
	 * database that holds nothing gets every version in one step
	 * ({@link NewDatabaseSchema}).
	 */
	public static void apply(Driver driver, String database) {
		apply(driver, database, false);
	}

	/**
	 * Gives a store that Neo4j's importer has just written (so it holds data in the shape
	 * of this version of newsgraph and no schema) every version in one step.
	 */
	static void applyToImportedStore(Driver driver, String database) {
		apply(driver, database, true);
	}

	private static void apply(Driver driver, String database, boolean imported) {
		List<URL> files = SCANNER.scan(List.of(LOCATION))
			.stream()
			.filter(file -> SCHEMA_FILE.matcher(file.getPath()).find())
			.sorted(Comparator.comparing(SchemaMigrations::version))
			.toList();
		List<String> known = files.stream().map(SchemaMigrations::version).toList();
		String current = known.isEmpty() ? "none" : known.get(known.size() - 1);
		SessionConfig session = Neo4jSettings.sessionConfig(database);
		List<String> applied = applied(driver, session);
		if (applied.containsAll(known)) {
			LOG.info("Schema is at version {}", current);
			return;
		}
		Migrations migrations = migrations(driver, database);
		if (applied.isEmpty() && (imported || NewDatabaseSchema.isEmpty(driver, session))) {
			NewDatabaseSchema.create(driver, session, migrations, files);
			LOG.info("Schema is at version {} (a new {}, made in one step)", current,
					imported ? "imported store's" : "database's");
			return;
		}
		migrations.apply().ifPresent(version -> LOG.info("Schema is at version {}", version.getValue()));
	}

	/** neo4j-migrations, for the schema files of this version of newsgraph. */
	static Migrations migrations(Driver driver, String database) {
		MigrationsConfig.Builder config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			.withResourceScanner(SCANNER);
		if (database != null && !database.isBlank()) {
			config.withDatabase(database);
		}
		return new Migrations(config.build(), driver);
	}

	private static String version(URL file) {
		Matcher version = SCHEMA_FILE.matcher(file.getPath());
		return version.find() ? version.group(1) : "";
	}

	private static List<String> applied(Driver driver, SessionConfig session) {
		try (Session reads = driver.session(session)) {
			return reads
				.executeRead(tx -> tx.run(APPLIED_VERSIONS.text()).single().get("versions").asList(Value::asString));
		}
	}

}
