package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.management.health.monitor.HealthMonitorTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli.Run;

/**
 * The benchmark as a smoke test: a small size end to end, in a fresh embedded database,
 * with every figure the JSON report promises.
 */
class BenchCommandIT {

	@TempDir
	Path work;

	@Test
	void aSmallBenchmarkRunsEveryStepAndReportsEveryFigure() throws Exception {
		Path json = work.resolve("bench.json");
		Path notYetMade = work.resolve("runs/today");

		Run run = Cli.newsgraph(Map.of(), "bench", "--docs", "500", "--naive-sample", "100", "--calls", "20",
				"--stream", "150", "--stream-batch", "100", "--json", json.toString(), "--work", notYetMade.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("| figure | 500 docs |", "| load_docs_per_s |", "| similar outlets |",
				"| network (kept) |", "| search, hybrid |", "| similar articles |",
				"| main reads while the vectors are worked out |");
		JsonNode figures = JsonMapper.createDefault().readValue(Files.readAllBytes(json), JsonNode.class);
		assertThat(figures.get("docs").getIntValue()).isEqualTo(500);
		for (String rate : new String[] { "load_docs_per_s", "naive_docs_per_s", "parse_docs_per_s",
				"reload_docs_per_s", "incremental_load_docs_per_s", "peak_heap_mb", "cluster_s", "api_p50_ms",
				"api_p99_ms", "api_kept_p50_ms", "api_kept_p99_ms", "bulk_import_docs_per_s", "bulk_load_docs_per_s",
				"embed_texts_per_s", "embedding_round_articles_per_s", "reads_beside_embedding_p99_ms" }) {
			assertThat(figures.get(rate).getDoubleValue()).as(rate).isPositive();
		}
		assertThat(figures.get("load_rejected").getLongValue()).isZero();
		assertThat(figures.get("stream_docs").getLongValue()).isEqualTo(150);
		assertThat(figures.get("stream_batch_max_ms").getDoubleValue())
			.isGreaterThanOrEqualTo(figures.get("stream_batch_p50_ms").getDoubleValue())
			.isPositive();
		assertThat(run.out()).contains("| upload of 100 documents until its stories exist |");
		if (Files.isExecutable(Path.of("/usr/bin/wrk"))) {
			assertThat(figures.get("stream_reads").getLongValue()).isPositive();
			assertThat(figures.get("stream_read_errors").getLongValue()).isZero();
			assertThat(figures.get("stream_reads_p99_ms").getDoubleValue()).isPositive();
		}
		else {
			assertThat(run.err()).contains("no reads beside it: wrk is not installed");
		}
		assertThat(figures.get("recluster_s").getDoubleValue()).isPositive();
		assertThat(figures.get("bcubed_f1").getDoubleValue()).isGreaterThan(0.8);
		assertThat(figures.get("api_p99_ms").getDoubleValue())
			.isGreaterThanOrEqualTo(figures.get("api_p50_ms").getDoubleValue());
		assertThat(figures.get("bulk_import_docs_per_s").getDoubleValue()).isPositive();
		for (String start : new String[] { "first_answer_s", "restart_first_answer_s" }) {
			assertThat(figures.get(start).getDoubleValue()).as(start)
				.isGreaterThan(figures.get(start.replace("first_answer", "neo4j_start")).getDoubleValue());
		}
		assertThat(figures.get("neo4j_start_s").getDoubleValue()).isPositive();
		assertThat(figures.get("first_answer_loads").getStringValue()).isEqualTo("seeds");
		assertThat(figures.get("load_vs_bulk_import").getDoubleValue()).isPositive();
		// All but neo4j-migrations' few bookkeeping nodes, which the import does not
		// need.
		long nodes = figures.get("nodes").getLongValue();
		long relationships = figures.get("relationships").getLongValue();
		assertThat(figures.get("bulk_import_nodes").getLongValue()).isBetween(nodes - 50, nodes - 1);
		assertThat(figures.get("bulk_import_relationships").getLongValue()).isBetween(relationships - 50,
				relationships - 1);
		assertThat(run.err()).contains("bench:   load_docs_per_s = ", "bench:   bcubed_f1 = ");
		assertThat(run.err()).as("no second Neo4j in the default folder")
			.doesNotContain("data in " + work.resolve("data"));
		try (var left = Files.list(notYetMade)) {
			assertThat(left).as("the work folder is made when missing, and emptied after the run").isEmpty();
		}
	}

	/**
	 * The monitor polled the health indicators of the command's own context, whose Neo4j
	 * bench never uses, and so started a second one in the default folder and ports.
	 */
	@Test
	void aCommandRunsNoHealthMonitorThatWouldStartTheDefaultDatabase() {
		try (ApplicationContext cli = ApplicationContext.run(Environment.CLI);
				ApplicationContext monitored = ApplicationContext.run(Map.of("micronaut.health.monitor.enabled", true),
						Environment.CLI)) {
			// Definitions only: making the monitor would start that Neo4j.
			assertThat(cli.findBeanDefinition(HealthMonitorTask.class)).isEmpty();
			assertThat(monitored.findBeanDefinition(HealthMonitorTask.class)).isPresent();
		}
	}

}
