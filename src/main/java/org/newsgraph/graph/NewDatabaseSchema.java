package org.newsgraph.graph;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.Migrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The whole schema of a database that holds nothing, in one step. neo4j-migrations
 * applies each version in transactions of its own and records it in more, about a quarter
 * of a second a version, most of a new user's first start. On an empty database a data
 * migration has nothing to change, and every constraint and index can be made in one
 * transaction; the versions are then recorded as neo4j-migrations records them, so it
 * applies only later ones.
 */
final class NewDatabaseSchema {

	private static final Pattern SCHEMA_COMMAND = Pattern.compile("^(CREATE|DROP)\\s+(\\w+\\s+)?(CONSTRAINT|INDEX)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final CypherStatement DATABASE_IS_EMPTY = CypherStatement.load("admin/database-is-empty");

	private static final CypherStatement RECORD_VERSIONS = CypherStatement.load("admin/record-schema-versions");

	private NewDatabaseSchema() {
	}

	static boolean isEmpty(Driver driver, SessionConfig sessionConfig) {
		try (Session session = driver.session(sessionConfig)) {
			return session.executeRead(tx -> tx.run(DATABASE_IS_EMPTY.text()).single().get("empty").asBoolean());
		}
	}

	/**
	 * @param files the schema files, in the order of their versions
	 */
	static void create(Driver driver, SessionConfig sessionConfig, Migrations migrations, List<URL> files) {
		List<String> commands = new ArrayList<>();
		for (URL file : files) {
			commands.addAll(schemaCommands(statement(file).text()));
		}
		MigrationChain pending = migrations.info();
		List<Map<String, Object>> versions = pending.getElements().stream().map(NewDatabaseSchema::recorded).toList();
		try (Session session = driver.session(sessionConfig)) {
			session.executeWriteWithoutResult(tx -> commands.forEach(command -> tx.run(command).consume()));
			session.executeWriteWithoutResult(tx -> tx
				.run(RECORD_VERSIONS.text(), Map.of("migrations", versions, "connectedAs", pending.getUsername()))
				.consume());
		}
	}

	/** The file's statements that make or drop constraints and indexes. */
	static List<String> schemaCommands(String file) {
		StringBuilder code = new StringBuilder();
		file.lines().filter(line -> !line.strip().startsWith("//")).forEach(line -> code.append(line).append('\n'));
		List<String> commands = new ArrayList<>();
		for (String statement : code.toString().split(";")) {
			String command = statement.strip();
			if (SCHEMA_COMMAND.matcher(command).find()) {
				commands.add(command);
			}
		}
		return commands;
	}

	/** As neo4j-migrations keeps an applied version. */
	private static Map<String, Object> recorded(MigrationChain.Element version) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("version", version.getVersion());
		version.getOptionalDescription().ifPresent(description -> properties.put("description", description));
		properties.put("type", version.getType().name());
		properties.put("repeatable", false);
		properties.put("source", version.getSource());
		version.getChecksum().ifPresent(checksum -> properties.put("checksum", checksum));
		return properties;
	}

	/** The file as every other statement is read: by its name, the classpath's first. */
	private static CypherStatement statement(URL file) {
		String path = file.getPath();
		return CypherStatement
			.load("schema/" + path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.cypher$", ""));
	}

}
