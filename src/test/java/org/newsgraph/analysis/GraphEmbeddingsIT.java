package org.newsgraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.analysis.embeddings.EmbeddingReport;
import org.newsgraph.analysis.embeddings.EmbeddingSettings;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;

/**
 * The embedding round: off the load, resumed where a kill stopped it, and never encoding
 * a text twice.
 */
class GraphEmbeddingsIT extends Neo4jTestBase {

	private static final CypherStatement SENTENCE_VECTORS = CypherStatement.load("test/sentence-vectors");

	/** Small pages, so that a round of the seeds has several. */
	private final GraphEmbeddings embeddings = new GraphEmbeddings(graph(),
			new EmbeddingSettings(true, 256, 2, 8, 4, 256));

	@TempDir
	Path folder;

	@AfterEach
	void closeTheModel() {
		embeddings.close();
	}

	@Test
	void aRoundGivesEveryArticleAndStoryAUnitVectorAndClearsTheirMarks() {
		loadTheSeeds();

		EmbeddingReport report = embeddings.embedPending(AnalysisProgress.Listener.NONE).orElseThrow();

		Map<String, Stored> stored = stored();
		assertThat(report.articlesEncoded()).isPositive();
		assertThat(report.stories()).isPositive();
		assertThat(stored.values()).allSatisfy(node -> {
			assertThat(node.waiting()).isFalse();
			assertThat(node.vector()).hasSize(384);
			assertThat(norm(node.vector())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
		});
	}

	@Test
	void aRoundKilledMidwayIsFinishedByTheNextWithTheVectorsOfAnUnbrokenRound() {
		loadTheSeeds();
		embeddings.embedPending(AnalysisProgress.Listener.NONE);
		Map<String, Stored> unbroken = stored();
		emptyTheGraph();
		loadTheSeeds();

		AtomicInteger pages = new AtomicInteger();
		assertThatThrownBy(() -> embeddings.embedPending(step -> {
			if (step.done() > 0 && pages.incrementAndGet() == 1) {
				throw new IllegalStateException("killed");
			}
		})).hasMessage("killed");
		assertThat(stored().values()).as("left waiting by the kill").anyMatch(Stored::waiting);
		EmbeddingReport resumed = embeddings.embedPending(AnalysisProgress.Listener.NONE).orElseThrow();

		assertThat(resumed.articlesEncoded()).isPositive().isLessThan(unbroken.size());
		assertThat(stored()).isEqualTo(unbroken);
	}

	@Test
	void aDocumentLoadedAgainWithOneTextChangedHasOnlyThatTextEncoded() throws IOException {
		Path seeds = copyOfTheSeeds();
		load(seeds);
		embeddings.embedPending(AnalysisProgress.Listener.NONE);
		Map<String, Stored> before = stored();
		Path document = seeds.resolve("001_7c22fc6673973124.txt");
		Files.writeString(document,
				Files.readString(document)
					.replace("title: \"Civil liberties groups demand ban on facial recognition technology\"",
							"title: \"Civil liberties groups demand a ban on face recognition cameras\""));

		load(seeds);
		EmbeddingReport again = embeddings.embedPending(AnalysisProgress.Listener.NONE).orElseThrow();

		assertThat(again.articlesEncoded()).isEqualTo(1);
		assertThat(again.articlesUnchanged()).isPositive();
		Map<String, Stored> after = stored();
		long changed = after.keySet().stream().filter(id -> !after.get(id).equals(before.get(id))).count();
		assertThat(changed).as("the article and its story").isBetween(1L, 2L);
	}

	@Test
	void turnedOffNothingIsEncoded() {
		loadTheSeeds();
		GraphEmbeddings off = new GraphEmbeddings(graph(), new EmbeddingSettings(false, 256, 2, 8, 4, 256));

		assertThat(off.embedPending(AnalysisProgress.Listener.NONE)).isEmpty();
		assertThat(off.vectorOf("anything")).isEmpty();
		assertThat(stored().values()).allMatch(node -> node.vector() == null && node.waiting());
	}

	private void load(Path documents) {
		context.getBean(DocumentLoader.class).load(List.of(documents));
		context.getBean(GraphAnalysis.class).update();
	}

	private Path copyOfTheSeeds() throws IOException {
		Path copy = Files.createDirectories(folder.resolve("seeds"));
		try (var files = Files.list(SeedGraph.SEEDS)) {
			for (Path file : files.filter(file -> file.toString().endsWith(".txt")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	private Map<String, Stored> stored() {
		return graph().read(tx -> {
			Map<String, Stored> nodes = new TreeMap<>();
			tx.run(SENTENCE_VECTORS.text())
				.forEachRemaining(row -> nodes.put(row.get("id").asString(),
						new Stored(row.get("vector").isNull() ? null : row.get("vector").asList(v -> v.asFloat()),
								row.get("textHash").asString(null), row.get("waiting").asBoolean())));
			return nodes;
		});
	}

	private static double norm(List<Float> vector) {
		return Math.sqrt(vector.stream().mapToDouble(value -> value * value).sum());
	}

	private record Stored(List<Float> vector, String textHash, boolean waiting) {
	}

}
