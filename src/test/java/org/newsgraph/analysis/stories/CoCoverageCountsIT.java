package org.newsgraph.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.DocumentUnloader;

/**
 * The counts the analysis keeps for the reads (each outlet's stories and articles in
 * them, the stories each pair of outlets shares as {@code CO_COVERS}) are what a walk
 * over the graph counts, after every kind of round: a first one, a small load, an unload
 * and a recluster.
 */
class CoCoverageCountsIT extends Neo4jTestBase {

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	@Test
	void theKeptCountsAreWhatAWalkOverTheGraphCountsAfterEveryRound() {
		Path seeds = SeedGraph.SEEDS;
		load(CORPUS, seeds.resolve("000_7df6ec0e15e5056b.txt"), seeds.resolve("001_7c22fc6673973124.txt"));
		clustering().update(AnalysisProgress.Listener.NONE);
		Set<String> afterFirstRound = walked();
		assertThat(kept()).isEqualTo(afterFirstRound).anyMatch(count -> count.contains(" & "));

		load(seeds.resolve("002_846b0d9d21d4c20f.txt"), seeds.resolve("004_8b50e7ba76e27515.txt"));
		clustering().update(AnalysisProgress.Listener.NONE);
		assertThat(kept()).isEqualTo(walked()).isNotEqualTo(afterFirstRound);

		context.getBean(DocumentUnloader.class).unload(List.of(seeds.resolve("000_7df6ec0e15e5056b.txt")));
		clustering().update(AnalysisProgress.Listener.NONE);
		assertThat(kept()).isEqualTo(walked());

		clustering().recluster(AnalysisProgress.Listener.NONE);
		assertThat(kept()).isEqualTo(walked());
	}

	private static void load(Path... paths) {
		context.getBean(DocumentLoader.class).load(List.of(paths));
	}

	private static StoryClustering clustering() {
		return context.getBean(StoryClustering.class);
	}

	private static Set<String> walked() {
		return counts("test/co-coverage-walked");
	}

	private static Set<String> kept() {
		return counts("test/co-coverage-kept");
	}

	private static Set<String> counts(String statement) {
		List<String> counts = graph()
			.read(tx -> tx.run(CypherStatement.load(statement).text()).list(row -> row.get("count").asString()));
		return new TreeSet<>(counts);
	}

}
