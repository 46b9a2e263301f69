package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * A dump of the graph takes as long as the graph is large: the million documents' export
 * passed the app's 60 s transaction timeout and failed, so dumps are bounded by the
 * server's limit only.
 */
class GraphDumpIT extends Neo4jTestBase {

	private static final CypherStatement ARTICLE_COUNT = CypherStatement.load("test/article-count");

	@Test
	void aDumpTakingLongerThanTheTransactionTimeoutStillCompletes() {
		loadTheSeeds();
		Map<String, Object> properties = new HashMap<>(testServerProperties());
		properties.put("neo4j.transaction-timeout", "1s");
		try (ApplicationContext shortTimeout = ApplicationContext.run(properties, Environment.TEST)) {
			AtomicLong nodes = new AtomicLong();

			shortTimeout.getBean(GraphDump.class).nodes(node -> {
				if (nodes.incrementAndGet() == 1) {
					pause(4_000);
				}
			});

			assertThat(nodes.get()).isGreaterThan(100);
			assertThatThrownBy(() -> shortTimeout.getBean(Graph.class).read(tx -> {
				tx.run(ARTICLE_COUNT.text()).consume();
				pause(4_000);
				return tx.run(ARTICLE_COUNT.text()).single();
			})).as("other reads are bounded by it").isInstanceOf(ClientException.class);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
