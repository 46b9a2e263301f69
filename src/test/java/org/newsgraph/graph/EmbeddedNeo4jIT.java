package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FreePorts;
import org.newsgraph.SeedGraph;

/**
 * The embedded default keeps its data on disk: what was loaded before a restart is there
 * after it.
 */
class EmbeddedNeo4jIT {

	@Test
	void dataLoadedBeforeARestartIsStillThereAfterIt(@TempDir Path dataDir) {
		Map<String, Object> embedded = Map.of("newsgraph.embedded.data-dir", dataDir.toString(),
				"newsgraph.embedded.bolt-port", FreePorts.next(), "newsgraph.embedded.http-port", FreePorts.next());
		try (ApplicationContext first = ApplicationContext.run(embedded, Environment.TEST)) {
			first.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS));
		}

		try (ApplicationContext second = ApplicationContext.run(embedded, Environment.TEST)) {
			SeedGraph.assertLoaded(second.getBean(Graph.class));
			assertThat(second.getBean(DocumentLoader.class).load(List.of(SeedGraph.SEEDS)).documentsUnchanged())
				.isEqualTo(5);
		}
	}

}
