package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.GraphDump;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;

class DocumentUnloaderIT extends Neo4jTestBase {

	private static final Set<String> LOAD_TIMES = Set.of("loadedAt", "firstSeen", "lastSeen");

	private final DocumentLoader loader = context.getBean(DocumentLoader.class);

	private final DocumentUnloader unloader = context.getBean(DocumentUnloader.class);

	@TempDir
	Path seeds;

	@BeforeEach
	void copyTheSeeds() throws IOException {
		try (var files = Files.list(SeedGraph.SEEDS)) {
			for (Path seed : files.toList()) {
				Files.copy(seed, seeds.resolve(seed.getFileName()));
			}
		}
	}

	@Test
	void unloadingADocumentThatSharesNothingLeavesTheGraphAsIfItHadNeverBeenLoaded() throws IOException {
		Path aol = seeds.resolve("004_8b50e7ba76e27515.txt");
		loader.load(List.of(seeds));

		UnloadReport report = unloader.unload(List.of(aol));

		assertThat(report.documentsUnloaded()).isEqualTo(1);
		List<String> afterUnload = GraphDump.of(graph(), LOAD_TIMES);
		emptyTheGraph();
		Files.delete(aol);
		loader.load(List.of(seeds));
		assertThat(afterUnload).isEqualTo(GraphDump.of(graph(), LOAD_TIMES));
	}

	@Test
	void unloadingADocumentTakesBackItsOwnLinksAndKeepsWhatOtherDocumentsState() {
		loader.load(List.of(seeds));

		unloader.unload(List.of(seeds.resolve("001_7c22fc6673973124.txt")));

		// Sky's article was only in 001; Express & Star's is still related in 003; its
		// five links and topics were 001's.
		assertThat(SeedGraph.nodes(graph(), "Article")).isEqualTo(13);
		assertThat(SeedGraph.nodes(graph(), "Outlet")).isEqualTo(12);
		assertThat(SeedGraph.nodes(graph(), "SourceDocument")).isEqualTo(4);
		assertThat(SeedGraph.relationships(graph(), "RELATED_TO")).isEqualTo(9);
		assertThat(SeedGraph.relationships(graph(), "HAS_TOPIC")).isEqualTo(8);
		assertThat(SeedGraph.relationships(graph(), "PUBLISHED_BY")).isEqualTo(13);
	}

	@Test
	void unloadingAFolderUnloadsEveryDocumentBelowItAndLeavesNothingBehind() {
		loader.load(List.of(seeds));

		UnloadReport report = unloader.unload(List.of(seeds));

		assertThat(report.documentsUnloaded()).isEqualTo(5);
		assertThat(GraphDump.of(graph(), Set.of())).isEmpty();
	}

	@Test
	void theRecordsOfAJsonFileLoadWithTheirOwnProvenanceAndUnloadWithTheFile() {
		Path api = Path.of("src/test/resources/documents/news-api.json");

		LoadReport loaded = loader.load(List.of(api));

		assertThat(loaded.documentsLoaded()).isEqualTo(2);
		assertThat(SeedGraph.nodes(graph(), "SourceDocument")).isEqualTo(2);
		assertThat(unloader.unload(List.of(api)).documentsUnloaded()).isEqualTo(2);
		assertThat(GraphDump.of(graph(), Set.of())).isEmpty();
	}

	@Test
	void unloadingWorksWhenTheFileIsGone() throws IOException {
		Path aol = seeds.resolve("004_8b50e7ba76e27515.txt");
		loader.load(List.of(seeds));
		Files.delete(aol);

		assertThat(unloader.unload(List.of(aol)).documentsUnloaded()).isEqualTo(1);
		assertThat(SeedGraph.nodes(graph(), "Article")).isEqualTo(11);
	}

}
