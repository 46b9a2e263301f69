package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.cli.Cli.Run;

/**
 * The read commands as people and scripts use them: a table by default, the API's JSON
 * with {@code --json}, files for Gephi and spreadsheets from {@code export}.
 */
class ReadCommandsIT extends Neo4jTestBase {

	@TempDir
	Path folder;

	@Test
	void storiesAreATableOrTheApisJson() {
		newsgraph("load", SeedGraph.SEEDS.toString());

		Run table = newsgraph("stories", "--outlet", "express.co.uk");
		Run json = newsgraph("stories", "--min-outlets", "2", "--json");

		assertThat(table.exitCode()).as(table.err()).isZero();
		assertThat(table.out()).contains("556842a8e9d65e59895d", "1 of 1 story");
		assertThat(json.out()).startsWith("{\"items\":[").contains("\"total\":");
	}

	@Test
	void outletsAreListedShownRankedAndCompared() {
		newsgraph("load", SeedGraph.SEEDS.toString());

		assertThat(newsgraph("outlets", "list").out()).contains("express.co.uk", "13 of 13 outlets");
		assertThat(newsgraph("outlets", "show", "express.co.uk").out())
			.contains("express.co.uk (Daily Express): 1 article in 1 story", "similar morningstaronline.co.uk");
		assertThat(newsgraph("outlets", "similar", "express.co.uk", "--json").out())
			.startsWith("[{\"domain\":\"morningstaronline.co.uk\"");
		assertThat(newsgraph("outlets", "overlap", "express.co.uk", "morningstaronline.co.uk").out()).contains(
				"Jaccard 1.000",
				"First on shared stories: express.co.uk 0, morningstaronline.co.uk 1 (median lead 3.1 h), together 0");
		Run unknown = newsgraph("outlets", "show", "no-such-outlet.example");
		assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
		assertThat(unknown.err()).contains("No outlet with domain 'no-such-outlet.example'");
	}

	@Test
	void loadingGivesArticlesTheirSentenceVectorsAndSearchFindsThemByMeaningOrByWords() {
		Map<String, Object> embedding = new HashMap<>(testServerProperties());
		embedding.put("newsgraph.embeddings.enabled", true);

		Run load = Cli.newsgraph(embedding, "load", SeedGraph.SEEDS.toString());
		Run byMeaning = Cli.newsgraph(embedding, "search", "--mode", "semantic", "--size", "3", "politicians", "demand",
				"a", "halt", "to", "cameras", "that", "identify", "people", "in", "crowds");
		Run byWords = Cli.newsgraph(embedding, "search", "--mode", "text", "--json", "Liberty AND ban");

		assertThat(load.out()).containsPattern("Sentence vectors: \\d+ articles encoded");
		assertThat(byMeaning.exitCode()).as(byMeaning.err()).isZero();
		assertThat(byMeaning.out()).contains("Stories (semantic):", "MPs and peers call for");
		assertThat(byWords.out()).startsWith("{\"query\":\"Liberty AND ban\",\"mode\":\"text\"");
		assertThat(newsgraph("search", "--mode", "semantic", "faces").out()).as("vectors turned off")
			.contains("Stories (text):");
	}

	@Test
	void badOptionsAreAUsageError() {
		assertThat(newsgraph("search", "--mode", "fuzzy", "faces").exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(newsgraph("stories", "--sort", "alphabetical").exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(newsgraph("export", "--format", "pdf").exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(newsgraph("outlets", "similar", "express.co.uk", "--measure", "cosine").exitCode())
			.isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void theCoCoverageNetworkIsExportedForGephiAndSpreadsheets() throws IOException {
		newsgraph("load", SeedGraph.SEEDS.toString());
		Path gexf = folder.resolve("outlets.gexf");

		Run export = newsgraph("export", "--format", "gexf", "--out", gexf.toString());
		Run csv = newsgraph("export", "--network", "organisations", "--format", "csv");

		assertThat(export.exitCode()).as(export.err()).isZero();
		assertThat(Files.readString(gexf)).contains("<gexf xmlns=\"http://gexf.net/1.3\"", "express.co.uk");
		assertThat(export.err()).contains("Wrote ", " edges to " + gexf.toAbsolutePath());
		assertThat(csv.out()).startsWith("Source,Target,Weight,articles,Source label,Target label");
	}

	@Test
	void theWholeGraphIsExportedAsTheBulkImportersFilesWithTheCommandThatReadsThem() throws IOException {
		newsgraph("load", SeedGraph.SEEDS.toString());
		Path files = folder.resolve("import");

		Run export = newsgraph("export", "--format", "admin-import", "--out", files.toString());
		Run withoutFolder = newsgraph("export", "--format", "admin-import");

		assertThat(export.exitCode()).as(export.err()).isZero();
		assertThat(export.err()).contains("neo4j-admin database import full", "--nodes=", "--relationships=");
		List<String> names;
		try (var written = Files.list(files)) {
			names = written.map(file -> file.getFileName().toString()).toList();
		}
		assertThat(names).anyMatch(name -> name.startsWith("relationships-") && name.endsWith("-PUBLISHED_BY.csv"));
		String articles = names.stream().filter(name -> name.contains("-Article")).findFirst().orElseThrow();
		assertThat(Files.readString(files.resolve(articles))).startsWith("\":ID\",\":LABEL\",")
			.contains("publishedAt:datetime", "express.co.uk");
		assertThat(withoutFolder.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(withoutFolder.err()).contains("name their folder with --out");
	}

	private static Run newsgraph(String... arguments) {
		return Cli.newsgraph(testServerProperties(), arguments);
	}

}
