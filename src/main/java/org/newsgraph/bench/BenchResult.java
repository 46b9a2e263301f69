package org.newsgraph.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.newsgraph.analysis.embeddings.EmbeddingReport;
import org.newsgraph.analysis.evaluation.ClusteringScores;
import org.newsgraph.export.AdminImportFiles;
import org.newsgraph.graph.LoadReport;

/**
 * The figures of one run, under the names the JSON report gives them. Rates are per
 * second of wall time; sizes in MB are 2^20 bytes.
 */
public record BenchResult(Map<String, Object> figures, Map<String, Latencies> reads) {

	public Object figure(String name) {
		return figures.get(name);
	}

	static final class Builder {

		private final Map<String, Object> figures = new LinkedHashMap<>();

		private final Map<String, Latencies> reads = new LinkedHashMap<>();

		private long bytes;

		private double loadDocsPerSecond;

		private int printed;

		Builder(int documents) {
			figures.put("docs", documents);
		}

		void corpus(GeneratedCorpus corpus, long bytes) {
			this.bytes = bytes;
			figures.put("articles", corpus.articles());
			figures.put("true_stories", corpus.stories());
			figures.put("corpus_mb", round(bytes / 1048576.0));
		}

		void parse(long documents, long nanos) {
			figures.put("parse_docs_per_s", perSecond(documents, nanos));
			figures.put("parse_mb_per_s", round(bytes / 1048576.0 / (nanos / 1e9)));
		}

		/** Sentence embeddings of titles and excerpts, in process, after a warm-up. */
		void embeddings(long texts, long nanos) {
			figures.put("embed_texts", texts);
			figures.put("embed_texts_per_s", perSecond(texts, nanos));
		}

		/**
		 * The embedding round after the first load, as the server runs it in the
		 * background, and the main reads answered meanwhile.
		 */
		void embeddingRound(EmbeddingReport round, long nanos, Latencies readsBeside) {
			figures.put("embedding_round_s", round(nanos / 1e9));
			figures.put("embedding_round_articles", round.articlesEncoded());
			figures.put("embedding_round_articles_per_s", perSecond(round.articlesEncoded(), nanos));
			figures.put("embedding_round_stories", round.stories());
			figures.put("reads_beside_embedding", readsBeside.count());
			figures.put("reads_beside_embedding_p50_ms", round(readsBeside.percentile(0.5)));
			figures.put("reads_beside_embedding_p99_ms", round(readsBeside.percentile(0.99)));
			reads.put("main reads while the vectors are worked out", readsBeside);
		}

		void naive(long documents, long nanos) {
			figures.put("naive_sample_docs", documents);
			figures.put("naive_docs_per_s", perSecond(documents, nanos));
		}

		void load(LoadReport report, long nanos, long nodes, long relationships, long peakHeap, long databaseBytes) {
			loadDocsPerSecond = perSecond(report.documentsLoaded(), nanos);
			figures.put("load_s", round(nanos / 1e9));
			figures.put("load_docs_per_s", loadDocsPerSecond);
			figures.put("load_rejected", report.documentsRejected());
			figures.put("nodes", nodes);
			figures.put("relationships", relationships);
			figures.put("load_nodes_per_s", perSecond(nodes, nanos));
			figures.put("load_relationships_per_s", perSecond(relationships, nanos));
			figures.put("peak_heap_mb", round(peakHeap / 1048576.0));
			figures.put("database_mb", round(databaseBytes / 1048576.0));
			figures.put("load_vs_naive", round(loadDocsPerSecond / (double) figures.get("naive_docs_per_s")));
		}

		/**
		 * Neo4j's offline importer, on CSV files of the graph the load made; the import
		 * alone is timed, not the writing of the files.
		 */
		void bulkImport(AdminImportFiles files, long nanos) {
			figures.put("bulk_import_s", round(nanos / 1e9));
			figures.put("bulk_import_docs_per_s", perSecond((int) figures.get("docs"), nanos));
			figures.put("bulk_import_nodes", files.nodes());
			figures.put("bulk_import_relationships", files.relationships());
			figures.put("load_vs_bulk_import",
					round(loadDocsPerSecond / (double) figures.get("bulk_import_docs_per_s")));
		}

		/**
		 * {@code load --bulk} into a new data folder, end to end: from the first document
		 * parsed to the imported store queryable (schema made, indexes online); beside
		 * the bare importer on the same graph's files.
		 */
		void bulkLoad(LoadReport report) {
			long nanos = report.elapsed().toNanos();
			figures.put("bulk_load_s", round(nanos / 1e9));
			double docsPerSecond = perSecond(report.documentsLoaded(), nanos);
			figures.put("bulk_load_docs_per_s", docsPerSecond);
			figures.put("bulk_load_vs_bulk_import",
					round(docsPerSecond / (double) figures.get("bulk_import_docs_per_s")));
			figures.put("bulk_load_vs_load", round(docsPerSecond / loadDocsPerSecond));
		}

		/**
		 * A user's start on a new data folder and the restart after it: from launch to
		 * the API's first answer, and the embedded Neo4j's own start within it.
		 * @param loads what serve loaded behind the API ("nothing" or the folders)
		 */
		void firstAnswer(FirstAnswer.Timing fresh, FirstAnswer.Timing restart, String loads) {
			figures.put("first_answer_s", round(fresh.firstAnswerNanos() / 1e9));
			figures.put("neo4j_start_s", round(fresh.neo4jStartNanos() / 1e9));
			figures.put("restart_first_answer_s", round(restart.firstAnswerNanos() / 1e9));
			figures.put("restart_neo4j_start_s", round(restart.neo4jStartNanos() / 1e9));
			figures.put("first_answer_loads", loads);
		}

		void incrementalLoad(long documents, long nanos) {
			figures.put("incremental_load_docs_per_s", perSecond(documents, nanos));
		}

		void reload(long unchanged, long nanos) {
			figures.put("reload_docs_per_s", perSecond(unchanged, nanos));
		}

		/**
		 * The first analysis of the loaded corpus (stories, organisations, campaigns),
		 * with the largest heap it used.
		 */
		void cluster(long nanos, long peakHeap) {
			figures.put("cluster_s", round(nanos / 1e9));
			figures.put("cluster_peak_heap_mb", round(peakHeap / 1048576.0));
		}

		/** Every story formed again from scratch, with the largest heap it used. */
		void recluster(long nanos, long peakHeap) {
			figures.put("recluster_s", round(nanos / 1e9));
			figures.put("recluster_peak_heap_mb", round(peakHeap / 1048576.0));
		}

		void scores(ClusteringScores scores) {
			figures.put("bcubed_precision", round(scores.bcubedPrecision()));
			figures.put("bcubed_recall", round(scores.bcubedRecall()));
			figures.put("bcubed_f1", round(scores.bcubedF1()));
		}

		/**
		 * @param workedOut each read's times when worked out afresh: the {@code api_}
		 * figures
		 * @param answeredFromKept each read's times when answered from what was kept: the
		 * {@code api_kept_} figures, and rows of their own in the table of reads
		 */
		void reads(Map<String, Latencies> workedOut, Map<String, Latencies> answeredFromKept) {
			reads.putAll(workedOut);
			answeredFromKept.forEach((read, timings) -> reads.put(read + " (kept)", timings));
			percentiles("api_", workedOut);
			percentiles("api_kept_", answeredFromKept);
		}

		/**
		 * @param batches each upload's time until its stories existed: a row of the table
		 * of reads
		 * @param reads what wrk measured meanwhile; null when it was not installed
		 */
		void stream(long documents, int batchSize, Latencies batches, long nanos, WrkReport reads) {
			figures.put("stream_docs", documents);
			figures.put("stream_docs_per_s", perSecond(documents, nanos));
			figures.put("stream_batch_p50_ms", round(batches.percentile(0.5)));
			figures.put("stream_batch_p95_ms", round(batches.percentile(0.95)));
			figures.put("stream_batch_max_ms", round(batches.percentile(1)));
			this.reads.put("upload of " + batchSize + " documents until its stories exist", batches);
			if (reads != null) {
				figures.put("stream_reads", reads.requests());
				figures.put("stream_reads_per_s", perSecond(reads.requests(), nanos));
				figures.put("stream_reads_p50_ms", round(reads.p50Millis()));
				figures.put("stream_reads_p99_ms", round(reads.p99Millis()));
				figures.put("stream_read_errors", reads.errors());
			}
		}

		private void percentiles(String prefix, Map<String, Latencies> timings) {
			Latencies all = new Latencies();
			timings.values().forEach(all::addAll);
			figures.put(prefix + "p50_ms", round(all.percentile(0.5)));
			figures.put(prefix + "p95_ms", round(all.percentile(0.95)));
			figures.put(prefix + "p99_ms", round(all.percentile(0.99)));
		}

		/** The figures measured since the last call, in the order they were measured. */
		Map<String, Object> measuredSinceLastCall() {
			Map<String, Object> recent = new LinkedHashMap<>();
			figures.entrySet().stream().skip(printed).forEach(entry -> recent.put(entry.getKey(), entry.getValue()));
			printed = figures.size();
			return recent;
		}

		BenchResult build() {
			return new BenchResult(Collections.unmodifiableMap(new LinkedHashMap<>(figures)),
					Collections.unmodifiableMap(new LinkedHashMap<>(reads)));
		}

		private static double perSecond(long count, long nanos) {
			return round(count / (nanos / 1e9));
		}

		private static double round(double value) {
			return Math.round(value * 100) / 100.0;
		}

	}

}
