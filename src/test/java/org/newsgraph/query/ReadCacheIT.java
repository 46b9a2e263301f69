package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.Graph;

/**
 * Kept answers against a real server: a change made through this process is read at once,
 * a change made elsewhere (here another application context, as another newsgraph process
 * would) once the revalidation time has passed.
 */
class ReadCacheIT extends Neo4jTestBase {

	private static final Path DOCUMENT = Path.of("src/test/resources/documents/main-facts/the-letter.md");

	private static final String OUTLET = "campaign.example.org";

	private static final CypherStatement RENAME_OUTLET = CypherStatement.load("test/rename-outlet");

	@BeforeEach
	void loadADocument() {
		context.getBean(DocumentLoader.class).load(List.of(DOCUMENT));
	}

	@Test
	void theSameReadIsAnsweredFromWhatWasKeptWhileTheGraphStaysTheSame() {
		OutletQueries outlets = context.getBean(OutletQueries.class);
		assertThat(outlets.byDomain(OUTLET)).isSameAs(outlets.byDomain(OUTLET));
	}

	@Test
	void aChangeMadeThroughThisProcessIsReadAtOnce() {
		OutletQueries outlets = context.getBean(OutletQueries.class);
		outlets.byDomain(OUTLET);
		rename(graph(), "Renamed here");
		assertThat(outlets.byDomain(OUTLET).name()).isEqualTo("Renamed here");
	}

	@Test
	void aChangeMadeElsewhereIsReadOnlyOnceTheRevalidationTimeHasPassed() throws InterruptedException {
		try (ApplicationContext patient = reader("1h"); ApplicationContext eager = reader("100ms")) {
			OutletQueries patientOutlets = patient.getBean(OutletQueries.class);
			OutletQueries eagerOutlets = eager.getBean(OutletQueries.class);
			String before = patientOutlets.byDomain(OUTLET).name();
			eagerOutlets.byDomain(OUTLET);

			rename(graph(), "Renamed elsewhere");
			Thread.sleep(200);

			assertThat(patientOutlets.byDomain(OUTLET).name()).as("kept for an hour").isEqualTo(before);
			assertThat(eagerOutlets.byDomain(OUTLET).name()).as("kept for 100 ms").isEqualTo("Renamed elsewhere");
		}
	}

	private static ApplicationContext reader(String revalidateAfter) {
		return ApplicationContext.run(Map.of("neo4j.uri", testServerProperties().get("neo4j.uri"),
				"newsgraph.reads.revalidate-after", revalidateAfter), Environment.TEST);
	}

	private static void rename(Graph graph, String name) {
		graph.write(tx -> tx.run(RENAME_OUTLET.text(), Map.of("domain", OUTLET, "name", name)).consume());
	}

}
