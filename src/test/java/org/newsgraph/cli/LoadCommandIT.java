package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.FreePorts;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.SeedGraph;
import org.newsgraph.cli.Cli.Run;

/**
 * The {@code load} command as scripts use it: its output and its exit codes, in a CLI
 * application context.
 */
class LoadCommandIT extends Neo4jTestBase {

	@Test
	void loadingTheSeedsPrintsTheSummaryAndExitsWithZero() {
		Run run = newsgraph("load", SeedGraph.SEEDS.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Documents read:        5", "Documents loaded:      5",
				"Documents rejected:    0");
		SeedGraph.assertLoaded(graph());
	}

	@Test
	void aRejectedDocumentIsNamedWithItsLineAndTheExitCodeIsThree(@TempDir Path folder) throws IOException {
		Files.copy(SeedGraph.SEEDS.resolve("000_7df6ec0e15e5056b.txt"), folder.resolve("good.txt"));
		Path broken = Files.copy(Path.of("src/test/resources/documents/invalid-yaml.md"), folder.resolve("broken.md"));

		Run run = newsgraph("load", folder.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_DOCUMENTS_REJECTED);
		assertThat(run.out()).contains("Documents loaded:      1",
				"Rejected " + broken.toAbsolutePath() + ":6: invalid YAML");
	}

	@Test
	void theJsonReportNamesEachRejectedDocumentWithFileLineFieldAndReason(@TempDir Path folder) throws IOException {
		Files.copy(SeedGraph.SEEDS.resolve("000_7df6ec0e15e5056b.txt"), folder.resolve("good.txt"));
		Path broken = Files.copy(Path.of("src/test/resources/documents/quality-is-not-a-number.md"),
				folder.resolve("broken.md"));
		Path reportFile = folder.resolve("report.json");

		Run run = newsgraph("load", "--report", reportFile.toString(), folder.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_DOCUMENTS_REJECTED);
		JsonNode report = context.getBean(JsonMapper.class).readValue(Files.readAllBytes(reportFile), JsonNode.class);
		assertThat(report.get("documentsRead").getLongValue()).isEqualTo(2);
		assertThat(report.get("documentsLoaded").getLongValue()).isEqualTo(1);
		assertThat(report.get("documentsRejected").getLongValue()).isEqualTo(1);
		JsonNode rejection = report.get("rejected").get(0);
		assertThat(rejection.get("file").getStringValue()).isEqualTo(broken.toAbsolutePath().toString());
		assertThat(rejection.get("line").getIntValue()).isEqualTo(4);
		assertThat(rejection.get("field").getStringValue()).isEqualTo("quality");
		assertThat(rejection.get("reason").getStringValue()).isEqualTo("'quality' must be a whole number, not 'high'");
	}

	@Test
	void unloadTakesBackWhatLoadWrote() {
		newsgraph("load", SeedGraph.SEEDS.toString());

		Run run = newsgraph("unload", SeedGraph.SEEDS.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Documents unloaded:    5");
		assertThat(SeedGraph.nodes(graph(), "Article")).isZero();
	}

	@Test
	void aMissingFolderFailsWithExitCodeOneAndSaysWhich() {
		Run run = newsgraph("load", "no-such-folder");

		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
		assertThat(run.err()).contains("newsgraph: No such file or folder:", "no-such-folder");
	}

	@Test
	void anUnreachableNeo4jFailsWithExitCodeOneAndSaysWhere() {
		String nowhere = "bolt://127.0.0.1:" + FreePorts.next();

		Run run = Cli.newsgraph(Map.<String, Object>of("neo4j.uri", nowhere, "neo4j.max-retry-time", "1s"), "load",
				SeedGraph.SEEDS.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
		assertThat(run.err()).startsWith("newsgraph: Cannot use Neo4j at " + nowhere + ":").doesNotContain("Exception");
	}

	@Test
	void loadWithoutAPathIsAUsageErrorWithExitCodeTwo() {
		Run run = newsgraph("load");

		assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.err()).contains("Missing required parameter");
	}

	@Test
	void helpListsTheCommandsAndTheMeaningOfTheExitCodesWithoutTouchingNeo4j() {
		Run run = Cli.newsgraph(Map.<String, Object>of("neo4j.uri", "bolt://127.0.0.1:" + FreePorts.next()), "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("serve", "load", "Exit codes:", "some documents were rejected");
	}

	@Test
	void aBulkLoadIntoAnExternalServerIsRefusedWithExitCodeTwoAndLoadsNothing() {
		Run run = newsgraph("load", "--bulk", SeedGraph.SEEDS.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.err()).contains("--bulk builds the embedded database's store", "Load without --bulk.");
		assertThat(SeedGraph.nodes(graph(), "Article")).isZero();
	}

	@Test
	void aBulkLoadIntoANewEmbeddedDataFolderLoadsAndAnalysesTheDocuments(@TempDir Path dataDir) {
		Run run = Cli.newsgraph(
				Map.of("newsgraph.embedded.data-dir", dataDir.toString(), "newsgraph.embedded.bolt-port",
						FreePorts.next(), "newsgraph.embedded.http-port", FreePorts.next()),
				"load", "--bulk", SeedGraph.SEEDS.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Documents loaded:      5", "Stories:");
		assertThat(dataDir.resolve("bulk-import.log")).content().contains("IMPORT DONE");
	}

	private static Run newsgraph(String... arguments) {
		return Cli.newsgraph(testServerProperties(), arguments);
	}

}
