package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.Migrations;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FreePorts;
import org.newsgraph.SeedGraph;

/**
 * The embedded default keeps its data on disk: what was loaded before a restart is there
 * after it.
 */
class EmbeddedNeo4jIT {

	private static final CypherStatement SCHEMA = CypherStatement.load("test/schema-description");

	@Test
	void dataLoadedBeforeARestartIsStillThereAfterIt(@TempDir Path dataDir) {
		Map<String, Object> embedded = embeddedIn(dataDir);
		try (ApplicationContext first = ApplicationContext.run(embedded, Environment.TEST)) {
			first.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));
		}

		try (ApplicationContext second = ApplicationContext.run(embedded, Environment.TEST)) {
			SeedGraph.assertLoaded(second.getBean(Graph.class));
			assertThat(second.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS)).documentsUnchanged())
				.isEqualTo(5);
		}
	}

	@Test
	void thePasswordGeneratedAtTheFirstStartIsKeptAndTheServerRefusesAnyoneWithoutIt(@TempDir Path dataDir)
			throws IOException {
		Map<String, Object> embedded = embeddedIn(dataDir);
		String generated;
		try (ApplicationContext first = ApplicationContext.run(embedded, Environment.TEST)) {
			first.getBean(Graph.class);
			generated = Files.readString(dataDir.resolve(EmbeddedPassword.FILE_NAME)).strip();
			assertThat(generated).matches("[A-Za-z0-9]{24}");
		}

		try (ApplicationContext second = ApplicationContext.run(embedded, Environment.TEST)) {
			second.getBean(Graph.class).serverDescription();
			assertThat(Files.readString(dataDir.resolve(EmbeddedPassword.FILE_NAME)).strip()).isEqualTo(generated);
			URI bolt = second.getBean(EmbeddedNeo4j.class).boltUri();
			try (Driver anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
				assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver withPassword = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", generated))) {
				withPassword.verifyConnectivity();
			}
		}
	}

	/**
	 * A new database gets its schema in one step (NewDatabaseSchema); compared with one
	 * that neo4j-migrations took through every version, transaction by transaction.
	 */
	@Test
	void aNewDatabaseGetsEverySchemaVersionInOneStepAndNeo4jMigrationsFindsThemApplied(@TempDir Path oneStep,
			@TempDir Path versionByVersion) {
		List<String> madeInOneStep;
		try (ApplicationContext context = ApplicationContext.run(embeddedIn(oneStep), Environment.TEST)) {
			Graph graph = context.getBean(Graph.class);
			madeInOneStep = graph.read(tx -> tx.run(SCHEMA.text()).list(row -> row.get("index").asString()));
			Migrations migrations = SchemaMigrations.migrations(context.getBean(Driver.class), null);

			assertThat(migrations.validate().isValid()).isTrue();
			assertThat(migrations.info().getElements()).isNotEmpty()
				.allSatisfy(version -> assertThat(version.getState()).isEqualTo(MigrationState.APPLIED));
		}

		try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4jSettings(versionByVersion, "localhost",
				FreePorts.next(), FreePorts.next(), false, "64m", EmbeddedNeo4jSettings.Plugins.OFF));
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			SchemaMigrations.migrations(driver, null).apply();
			try (Session session = driver.session()) {
				List<String> madeVersionByVersion = session
					.executeRead(tx -> tx.run(SCHEMA.text()).list(row -> row.get("index").asString()));
				assertThat(madeVersionByVersion).isNotEmpty().isEqualTo(madeInOneStep);
			}
		}
	}

	@Test
	void graphDataScienceAndApocAreThereForTheAppAndForBrowserUsersWhenAsked(@TempDir Path dataDir) {
		Map<String, Object> embedded = withPlugins(dataDir);
		try (ApplicationContext context = ApplicationContext.run(embedded, Environment.TEST)) {
			Graph graph = context.getBean(Graph.class);
			String components = graph.read(tx -> tx
				.run("CALL gds.graph.project.cypher('probe', 'RETURN 0 AS id', 'RETURN 0 AS source, 0 AS target') "
						+ "YIELD graphName CALL gds.wcc.stream(graphName) YIELD componentId "
						+ "CALL gds.graph.drop(graphName) YIELD nodeCount RETURN apoc.version() + ':' + count(*) AS v")
				.single()
				.get("v")
				.asString());
			assertThat(components).endsWith(":1");
		}
	}

	/** Registering them takes about two seconds of every start. */
	@Test
	void graphDataScienceIsRegisteredOnlyWhenAConfiguredFeatureUsesIt(@TempDir Path unused, @TempDir Path used) {
		try (ApplicationContext context = ApplicationContext.run(embeddedIn(unused), Environment.TEST)) {
			assertThat(context.getBean(Graph.class).hasProcedure("gds.wcc.stream")).isFalse();
		}
		Map<String, Object> askingForIt = new HashMap<>(embeddedIn(used));
		askingForIt.put("newsgraph.stories.algorithm", "auto");
		try (ApplicationContext context = ApplicationContext.run(askingForIt, Environment.TEST)) {
			assertThat(context.getBean(Graph.class).hasProcedure("gds.wcc.stream")).isTrue();
		}
	}

	/**
	 * APOC's URL handler provider serves every URL the application makes; it failed on
	 * {@code http} while initialising Hadoop's FileSystem, which stopped {@code serve}.
	 */
	@Test
	void theApplicationStillMakesHttpUrlsWithApocOnItsClasspath(@TempDir Path dataDir) throws MalformedURLException {
		try (ApplicationContext context = ApplicationContext.run(withPlugins(dataDir), Environment.TEST)) {
			String apoc = context.getBean(Graph.class)
				.read(tx -> tx.run("RETURN apoc.version() AS v").single().get("v").asString());

			assertThat(apoc).startsWith("5.26");
			assertThat(URI.create("http://localhost:8080/api").toURL().getPath()).isEqualTo("/api");
		}
	}

	private static Map<String, Object> withPlugins(Path dataDir) {
		Map<String, Object> embedded = new HashMap<>(embeddedIn(dataDir));
		embedded.put("newsgraph.embedded.plugins", "on");
		return embedded;
	}

	private static Map<String, Object> embeddedIn(Path dataDir) {
		return Map.of("newsgraph.embedded.data-dir", dataDir.toString(), "newsgraph.embedded.bolt-port",
				FreePorts.next(), "newsgraph.embedded.http-port", FreePorts.next());
	}

}
