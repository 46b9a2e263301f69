package org.newsgraph.graph;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;
import org.newsgraph.NewsgraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j server inside this JVM: Bolt for the driver, HTTP for Neo4j Browser, data in a
 * folder that outlives the process. Only ever reached through Bolt, exactly like an
 * external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** The embedded server's one database, where the importer writes too. */
	static final String DATABASE = "neo4j";

	private static final CypherStatement HOLDS_DATA = CypherStatement.load("admin/holds-data");

	private final Neo4j server;

	private final AuthToken auth;

	private EmbeddedNeo4j(Neo4j server, AuthToken auth) {
		this.server = server;
		this.auth = auth;
	}

	/** With Graph Data Science and APOC only if its settings say so ({@code on}). */
	public static EmbeddedNeo4j start(EmbeddedNeo4jSettings settings) {
		return start(settings, settings.plugins() == EmbeddedNeo4jSettings.Plugins.ON);
	}

	static EmbeddedNeo4j start(EmbeddedNeo4jSettings settings, boolean plugins) {
		Path dataDir = settings.dataDir().toAbsolutePath().normalize();
		long started = System.nanoTime();
		try {
			Files.createDirectories(dataDir);
			// The harness deletes its working folder on close; the data folder is set
			// apart so it survives.
			Path workDir = Files.createTempDirectory("newsgraph-neo4j");
			Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(workDir)
				.withConfig(GraphDatabaseSettings.data_directory, dataDir)
				.withConfig(BoltConnector.enabled, true)
				.withConfig(BoltConnector.listen_address, address(settings, settings.boltPort()))
				.withConfig(BoltConnector.advertised_address, address(settings, settings.boltPort()))
				.withConfig(HttpConnector.enabled, true)
				.withConfig(HttpConnector.listen_address, address(settings, settings.httpPort()))
				.withConfig(HttpConnector.advertised_address, address(settings, settings.httpPort()))
				.withConfig(GraphDatabaseSettings.auth_enabled, settings.auth())
				// The harness sizes the page cache for tests (8 MB); a store any larger
				// is read from disk page by page.
				.withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
				// Micronaut's Netty 4.2 cannot run Neo4j's in-JVM channel; TCP Bolt is
				// unaffected.
				.withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
				// A local analysis tool does not phone home.
				.withConfig(ServerSettings.allow_telemetry, false)
				// Guides Browser may :play: the app's own (/guide), nothing from the
				// internet.
				.withConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1")
				.withConfig(GraphDatabaseSettings.udc_enabled, false);
			if (plugins) {
				builder
					.withConfig(GraphDatabaseSettings.plugin_dir, EmbeddedPlugins.linkInto(workDir.resolve("plugins")))
					.withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"));
			}
			Neo4j server = builder.build();
			LOG.info("Embedded Neo4j started in {} ms: Bolt {}, Neo4j Browser {}browser/, data in {}",
					(System.nanoTime() - started) / 1_000_000, server.boltURI(), server.httpURI(), dataDir);
			return new EmbeddedNeo4j(server,
					settings.auth() ? EmbeddedPassword.of(dataDir, server.boltURI()) : AuthTokens.none());
		}
		catch (IOException | RuntimeException ex) {
			throw new NewsgraphException("Cannot start the embedded Neo4j with data in " + dataDir + ": "
					+ rootMessage(ex) + ". Is another newsgraph using the folder or the ports " + settings.boltPort()
					+ "/" + settings.httpPort()
					+ "? Set NEWSGRAPH_DATA_DIR, NEWSGRAPH_BOLT_PORT or NEWSGRAPH_HTTP_PORT.", ex);
		}
	}

	/**
	 * Whether the database in the settings' data folder holds anything besides its schema
	 * records. A folder without one holds nothing; an existing store is opened in this
	 * process, without connectors, to look.
	 */
	public static boolean holdsData(EmbeddedNeo4jSettings settings) {
		if (!hasStore(settings)) {
			return false;
		}
		Path dataDir = settings.dataDir().toAbsolutePath().normalize();
		Path workDir;
		try {
			workDir = Files.createTempDirectory("newsgraph-neo4j");
		}
		catch (IOException ex) {
			throw new NewsgraphException(
					"Cannot look into the embedded Neo4j's data in " + dataDir + ": " + ex.getMessage(), ex);
		}
		try (Neo4j server = Neo4jBuilders.newInProcessBuilder(workDir)
			.withConfig(GraphDatabaseSettings.data_directory, dataDir)
			.withConfig(BoltConnector.enabled, false)
			.withConfig(HttpConnector.enabled, false)
			.withConfig(ServerSettings.allow_telemetry, false)
			.withConfig(GraphDatabaseSettings.udc_enabled, false)
			.build()) {
			return server.defaultDatabaseService()
				.executeTransactionally(HOLDS_DATA.text(), Map.of(),
						result -> (Boolean) result.next().get("holdsData"));
		}
		catch (RuntimeException ex) {
			throw new NewsgraphException("Cannot look into the embedded Neo4j's data in " + dataDir + ": "
					+ rootMessage(ex) + ". Is another newsgraph using the folder?", ex);
		}
	}

	/** Whether the settings' data folder has the database's store, empty or not. */
	static boolean hasStore(EmbeddedNeo4jSettings settings) {
		return Files
			.isDirectory(settings.dataDir().toAbsolutePath().normalize().resolve("databases").resolve(DATABASE));
	}

	public URI boltUri() {
		return server.boltURI();
	}

	/** What the driver logs in with: the kept password, or nothing when auth is off. */
	public AuthToken authToken() {
		return auth;
	}

	public URI httpUri() {
		return server.httpURI();
	}

	@Override
	public void close() {
		server.close();
		LOG.info("Embedded Neo4j stopped");
	}

	private static SocketAddress address(EmbeddedNeo4jSettings settings, int port) {
		return new SocketAddress(settings.listenAddress(), port);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
