package org.newsgraph.graph;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.newsgraph.ingest.NewsDocument;

/**
 * Writes one batch of documents in one transaction: a round trip per statement, never per
 * row. Nodes are merged before the relationships that need them, and documents whose
 * bytes are already loaded are skipped.
 */
@Singleton
final class GraphWriter {

	private static final CypherStatement FIND_KNOWN_DOCUMENTS = CypherStatement.load("write/find-known-documents");

	private static final CypherStatement MERGE_OUTLETS = CypherStatement.load("write/merge-outlets");

	private static final CypherStatement MERGE_IMAGES = CypherStatement.load("write/merge-images");

	private static final CypherStatement MERGE_ARTICLES = CypherStatement.load("write/merge-articles");

	private static final CypherStatement LINK_ARTICLES = CypherStatement.load("write/link-articles");

	private static final CypherStatement MERGE_SOURCE_DOCUMENTS = CypherStatement.load("write/merge-source-documents");

	private final Graph graph;

	GraphWriter(Graph graph) {
		this.graph = graph;
	}

	BatchOutcome write(List<NewsDocument> batch) {
		return graph.write(tx -> {
			Map<String, String> known = knownDocuments(tx, batch);
			List<NewsDocument> toWrite = batch.stream()
				.filter(document -> !document.sha256().equals(known.get(document.source())))
				.toList();
			BatchOutcome outcome = new BatchOutcome(toWrite, batch.size() - toWrite.size());
			if (toWrite.isEmpty()) {
				return outcome;
			}
			List<String> changed = toWrite.stream()
				.map(document -> document.source())
				.filter(known::containsKey)
				.toList();
			Retraction retraction = changed.isEmpty() ? null : Retraction.of(tx, changed, outcome.changes());
			WriteBatch rows = WriteBatch.of(toWrite, OffsetDateTime.now(ZoneOffset.UTC));
			outcome.add(run(tx, MERGE_OUTLETS, rows.outlets()));
			outcome.add(run(tx, MERGE_IMAGES, rows.images()));
			outcome.add(run(tx, MERGE_ARTICLES, rows.articles()));
			outcome.add(run(tx, LINK_ARTICLES, rows.articleLinks()));
			outcome.add(run(tx, MERGE_SOURCE_DOCUMENTS, rows.documents()));
			if (retraction != null) {
				retraction.prune(tx, outcome.changes());
			}
			return outcome;
		});
	}

	private static Map<String, String> knownDocuments(TransactionContext tx, List<NewsDocument> batch) {
		List<Map<String, Object>> paths = batch.stream()
			.map(document -> Map.<String, Object>of("path", document.source()))
			.toList();
		Map<String, String> known = new HashMap<>();
		tx.run(FIND_KNOWN_DOCUMENTS.text(), Map.of("documents", paths))
			.forEachRemaining(row -> known.put(row.get("path").asString(), row.get("sha256").asString()));
		return known;
	}

	private static SummaryCounters run(TransactionContext tx, CypherStatement statement,
			Map<String, Object> parameters) {
		return tx.run(statement.text(), parameters).consume().counters();
	}

	/**
	 * What one batch did; built afresh by every attempt of the transaction, so retries do
	 * not double count.
	 */
	static final class BatchOutcome {

		private final long documentsWritten;

		private final long documentsUnchanged;

		private final long textsCleaned;

		private final long unknownKeys;

		private final GraphChanges changes = new GraphChanges();

		BatchOutcome(List<NewsDocument> written, long documentsUnchanged) {
			this.documentsWritten = written.size();
			this.documentsUnchanged = documentsUnchanged;
			this.textsCleaned = written.stream().mapToLong(NewsDocument::textsCleaned).sum();
			this.unknownKeys = written.stream().mapToLong(document -> document.unknownKeys().size()).sum();
		}

		void add(SummaryCounters counters) {
			changes.add(counters);
		}

		GraphChanges changes() {
			return changes;
		}

		long documentsWritten() {
			return documentsWritten;
		}

		long documentsUnchanged() {
			return documentsUnchanged;
		}

		long textsCleaned() {
			return textsCleaned;
		}

		long unknownKeys() {
			return unknownKeys;
		}

	}

}
