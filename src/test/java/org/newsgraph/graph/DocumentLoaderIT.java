package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.GraphDump;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.ingest.DefinitionSettings;
import org.newsgraph.ingest.DocumentParser;
import org.newsgraph.ingest.IngestLimits;

class DocumentLoaderIT extends Neo4jTestBase {

	private static final Path DOCUMENTS = Path.of("src/test/resources/documents");

	private static final Set<String> LOAD_TIME = Set.of("loadedAt", "firstSeen", "lastSeen");

	private static final CypherStatement UNTRACED_ARTICLE_COUNT = CypherStatement.load("test/untraced-article-count");

	private static final CypherStatement ARTICLE_BY_URL = CypherStatement.load("test/article-by-url");

	private static final CypherStatement OUTLET_NAME = CypherStatement.load("test/outlet-name");

	private static final CypherStatement ARTICLE_SOURCES = CypherStatement.load("test/article-sources");

	private final DocumentLoader loader = context.getBean(DocumentLoader.class);

	@Test
	void theFiveSeedsLoadIntoFourteenArticlesThirteenOutletsTwoTopicsAndFourteenRelatedLinks() {
		LoadReport report = loader.load(List.of(SeedGraph.SEEDS));

		assertThat(report.documentsRead()).isEqualTo(5);
		assertThat(report.documentsLoaded()).isEqualTo(5);
		assertThat(report.rejected()).isEmpty();
		SeedGraph.assertLoaded(graph());
	}

	@Test
	void progressIsReportedAfterEveryFile() {
		List<LoadProgress> seen = Collections.synchronizedList(new ArrayList<>());

		loader.load(List.of(SeedGraph.SEEDS), seen::add);

		assertThat(seen).extracting(LoadProgress::filesDone).containsSubsequence(1L, 2L, 3L, 4L, 5L);
		assertThat(seen).allSatisfy(progress -> assertThat(progress.filesTotal()).isEqualTo(5));
		assertThat(seen.get(seen.size() - 1).finished()).isTrue();
	}

	/**
	 * Found loading a million generated documents from one JSON Lines file: progress came
	 * only after each file, so nothing was shown for a quarter of an hour.
	 */
	@Test
	void progressIsReportedAfterEveryBatchWrittenWithinAFile(@TempDir Path folder) throws IOException {
		Path lines = folder.resolve("six.jsonl");
		Files.write(lines, IntStream.rangeClosed(1, 6)
			.mapToObj(line -> "{\"title\": \"Line " + line + "\", \"webUrl\": \"https://example.org/" + line + "\"}")
			.toList());
		List<LoadProgress> seen = Collections.synchronizedList(new ArrayList<>());
		try (ApplicationContext inPairs = ApplicationContext.run(
				Map.of("neo4j.uri", testServerProperties().get("neo4j.uri"), "newsgraph.load.batch-size", 2),
				Environment.TEST)) {
			inPairs.getBean(DocumentLoader.class).load(List.of(lines), seen::add);
		}

		assertThat(seen).extracting(LoadProgress::documentsLoaded).contains(2L, 4L, 6L);
		assertThat(seen).filteredOn(LoadProgress::finished).isNotEmpty();
	}

	@Test
	void loadingTheSameFolderTwiceChangesNothing() {
		loader.load(List.of(SeedGraph.SEEDS));
		List<String> afterOneLoad = GraphDump.of(graph(), Set.of());

		LoadReport second = loader.load(List.of(SeedGraph.SEEDS));

		assertThat(second.documentsUnchanged()).isEqualTo(5);
		assertThat(second.nodesCreated() + second.relationshipsCreated() + second.propertiesSet()).isZero();
		assertThat(GraphDump.of(graph(), Set.of())).isEqualTo(afterOneLoad);
	}

	@Test
	void aBrokenDocumentNextToGoodOnesIsReportedWithFileAndLineAndTheGoodOnesLoad(@TempDir Path folder)
			throws IOException {
		copySeedsTo(folder);
		Path broken = Files.copy(DOCUMENTS.resolve("missing-title.md"), folder.resolve("002a-broken.md"));

		LoadReport report = loader.load(List.of(folder));

		assertThat(report.documentsRead()).isEqualTo(6);
		assertThat(report.documentsLoaded()).isEqualTo(5);
		assertThat(report.rejected()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(broken.toAbsolutePath());
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.reason()).contains("'title' is missing");
		});
		assertThat(report.summary()).contains("Documents rejected:    1", broken.toAbsolutePath() + ":2:");
		SeedGraph.assertLoaded(graph());
	}

	@Test
	void aMainBlocksFactsWinOverARelatedItemsWhicheverFileIsLoadedFirst(@TempDir Path reversed) throws IOException {
		Path inOrder = DOCUMENTS.resolve("main-facts");
		Files.copy(inOrder.resolve("the-letter.md"), reversed.resolve("a-the-letter.md"));
		Files.copy(inOrder.resolve("mentions-the-letter.md"), reversed.resolve("b-mentions-the-letter.md"));

		loader.load(List.of(inOrder));
		assertTheLetterHasItsMainFacts();
		emptyTheGraph();
		loader.load(List.of(reversed));
		assertTheLetterHasItsMainFacts();
	}

	private void assertTheLetterHasItsMainFacts() {
		assertThat(article("https://www.campaign.example.org/letter")).containsEntry("title", "The open letter in full")
			.containsEntry("quality", 54L)
			.containsEntry("excerpt", "The campaign's own account of its open letter.");
		assertThat(SeedGraph.nodes(graph(), "Article")).isEqualTo(2);
		assertThat(SeedGraph.nodes(graph(), "Outlet")).isEqualTo(2);
		assertThat(outletName("campaign.example.org")).isEqualTo("Campaign Group");
		assertThat(SeedGraph.relationships(graph(), "PUBLISHED_BY")).isEqualTo(2);
	}

	/**
	 * Found by cutting connections mid-load in smaller batches: two main documents of one
	 * article added up across batches but the later replaced the earlier within one.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "seeds", "src/test/resources/documents/same-article-twice" })
	void theGraphDoesNotDependOnTheBatchSize(Path documents) {
		loader.load(List.of(documents));
		List<String> inOneBatch = GraphDump.of(graph(), LOAD_TIME);
		emptyTheGraph();

		DocumentLoader oneByOne = new DocumentLoader(
				new DocumentBatches(new DocumentParser(IngestLimits.defaults()), new LoadSettings(1, 20_000),
						context.getBean(DefinitionSettings.class), new SimpleMeterRegistry()),
				context.getBean(GraphWriter.class));
		oneByOne.load(List.of(documents));

		assertThat(GraphDump.of(graph(), LOAD_TIME)).isEqualTo(inOneBatch);
	}

	@Test
	void aFolderOfAHundredThousandEmptyFilesIsWalkedWithEveryOneCountedAndTheReportBounded(@TempDir Path folder)
			throws IOException {
		for (int file = 0; file < 100_000; file++) {
			Files.createFile(folder.resolve(file + ".md"));
		}
		Files.copy(SeedGraph.SEEDS.resolve("001_7c22fc6673973124.txt"), folder.resolve("real.txt"));

		LoadReport report = loader.load(List.of(folder));

		assertThat(report.documentsRejected()).isEqualTo(100_000);
		assertThat(report.documentsLoaded()).isOne();
		assertThat(report.rejected()).as("problems kept, so memory does not grow with the folder").hasSize(10_000);
		assertThat(report.summary()).contains("Documents rejected:    100000", "and 90000 more");
	}

	@Test
	void twoMainDocumentsOfOneArticleAddUpTheirFactsTheLaterWinning() {
		loader.load(List.of(Path.of("src/test/resources/documents/same-article-twice")));

		assertThat(article("https://news.example.org/police-pause-live-facial-recognition"))
			.containsEntry("title", "Police pause live facial recognition trials")
			.containsEntry("ampWebUrl", "https://news.example.org/police-pause-live-facial-recognition?amp");
	}

	@Test
	void aChangedDocumentReplacesTheRelatedLinksItNoLongerStates(@TempDir Path folder) throws IOException {
		copySeedsTo(folder);
		loader.load(List.of(folder));
		Path document = folder.resolve("004_8b50e7ba76e27515.txt");
		String withoutFedScoop = Files.readString(document)
			.replaceAll("(?s)  - title: \"Senators petition ICE.*?isCached: true\n", "");
		Files.writeString(document, withoutFedScoop);

		LoadReport report = loader.load(List.of(folder));

		assertThat(report.documentsLoaded()).isEqualTo(1);
		assertThat(report.documentsUnchanged()).isEqualTo(4);
		assertThat(SeedGraph.relationships(graph(), "RELATED_TO")).isEqualTo(13);
		assertThat(SeedGraph.nodes(graph(), "Article")).as("FedScoop's article, only 004 named it").isEqualTo(13);
		assertThat(SeedGraph.nodes(graph(), "Outlet")).isEqualTo(12);
	}

	@Test
	void everyArticleIsTracedToTheFilesThatDescribeIt() {
		loader.load(List.of(SeedGraph.SEEDS));

		Map<String, Object> privacyInternational = article(
				"https://www.privacyinternational.org/advocacy/4616/pi-and-30-csos-unite-against-use-live-facial-recognition-technology");
		assertThat(privacyInternational).containsEntry("fromMain", true);
		assertThat(sources(privacyInternational.get("id").toString()))
			.containsExactlyInAnyOrder("001_7c22fc6673973124.txt related", "003_2aecd8ef6c2bfcb0.txt main");
		long untraced = graph().read(tx -> tx.run(UNTRACED_ARTICLE_COUNT.text()).single().get("count").asLong());
		assertThat(untraced).isZero();
	}

	private Map<String, Object> article(String url) {
		return graph().read(tx -> tx.run(ARTICLE_BY_URL.text(), Map.of("url", url)).single().get("article").asMap());
	}

	private String outletName(String domain) {
		return graph().read(tx -> tx.run(OUTLET_NAME.text(), Map.of("domain", domain)).single().get("name").asString());
	}

	private List<String> sources(String articleId) {
		return graph().read(tx -> tx.run(ARTICLE_SOURCES.text(), Map.of("id", articleId))
			.list(row -> Path.of(row.get("path").asString()).getFileName() + " " + row.get("role").asString()));
	}

	private static void copySeedsTo(Path folder) throws IOException {
		try (var seeds = Files.list(SeedGraph.SEEDS)) {
			for (Path seed : seeds.toList()) {
				Files.copy(seed, folder.resolve(seed.getFileName()));
			}
		}
	}

}
