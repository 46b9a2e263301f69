package org.newsgraph.graph;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The app's one way into Neo4j: managed transactions (retried by the driver on transient
 * errors such as deadlocks or leader switches), each bounded by the configured timeout,
 * on the configured database. Created by {@link Neo4jFactory} only once the schema is
 * current.
 */
public final class Graph {

	private static final CypherStatement SERVER_COMPONENTS = CypherStatement.load("read/server-components");

	private static final CypherStatement PROCEDURE_AVAILABLE = CypherStatement.load("read/procedure-available");

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final TransactionConfig transactionConfig;

	private final Timer reads;

	private final Timer writes;

	private final LatestCommit latestCommit = new LatestCommit();

	Graph(Driver driver, Neo4jSettings settings, MeterRegistry meters) {
		this.reads = transactions(meters, "read");
		this.writes = transactions(meters, "write");
		this.driver = driver;
		this.sessionConfig = settings.sessionConfig();
		this.transactionConfig = TransactionConfig.builder().withTimeout(settings.transactionTimeout()).build();
	}

	public <T> T read(TransactionCallback<T> work) {
		try (var session = driver.session(sessionConfig)) {
			return reads.record(() -> session.executeRead(work, transactionConfig));
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * A read of the whole graph that a user asked for, such as a dump or an export: it
	 * takes as long as the graph is large (minutes at a million documents), so it is
	 * bounded only by the server's own limit, not by the app's transaction timeout.
	 */
	public <T> T readWholeGraph(TransactionCallback<T> work) {
		try (var session = driver.session(sessionConfig)) {
			return reads.record(() -> session.executeRead(work, TransactionConfig.empty()));
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			throw unavailable(ex);
		}
	}

	public <T> T write(TransactionCallback<T> work) {
		try (var session = driver.session(sessionConfig)) {
			T result = writes.record(() -> session.executeWrite(work, transactionConfig));
			latestCommit.committed(session.lastBookmarks());
			return result;
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * A token equal for equal states of the database, as far as this process knows: it
	 * changes at once after a write through this process, and after a write made
	 * elsewhere once what is known is older than {@code maxAge} (the server is then asked
	 * for its last committed transaction). Answers kept under one revision are valid
	 * until it changes.
	 */
	public Object revision(Duration maxAge) {
		return latestCommit.bookmarks(maxAge, this::lastCommitOnServer);
	}

	/**
	 * Runs a change made of many transactions, such as a load and its analysis, as one
	 * change of the {@link #revision}: until it is complete, the revision stays the one
	 * from before it.
	 */
	public <T> T change(Supplier<T> work) {
		latestCommit.changing();
		try {
			return work.get();
		}
		finally {
			latestCommit.changed();
		}
	}

	/** A read transaction's bookmark names the last transaction the server committed. */
	private Set<Bookmark> lastCommitOnServer() {
		try (var session = driver.session(sessionConfig)) {
			session.executeRead(tx -> null, transactionConfig);
			return session.lastBookmarks();
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			throw unavailable(ex);
		}
	}

	/** What the server says it is, for health reports: name, version and edition. */
	public String serverDescription() {
		return read(tx -> tx.run(SERVER_COMPONENTS.text()).single().get("description").asString());
	}

	/** Whether the server has a procedure, such as one of Graph Data Science's. */
	public boolean hasProcedure(String name) {
		return read(
				tx -> tx.run(PROCEDURE_AVAILABLE.text(), Map.of("name", name)).single().get("available").asBoolean());
	}

	/** Retries included: this is how long the caller waited. */
	private static Timer transactions(MeterRegistry meters, String access) {
		return Timer.builder("newsgraph.transactions")
			.tag("access", access)
			.description("Transactions against Neo4j, retries included")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
	}

	private static GraphUnavailableException unavailable(RuntimeException ex) {
		return new GraphUnavailableException("Neo4j is not available: " + ex.getMessage(), ex);
	}

}
