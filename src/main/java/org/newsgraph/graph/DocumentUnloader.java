package org.newsgraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.newsgraph.ingest.NewsDocument;

/**
 * Removes documents' contributions: their links, their provenance, and the articles (with
 * outlets, topics, images and URLs) that no other document mentions. Works from what the
 * graph recorded, so the files need not exist any more. A path names one loaded file, or
 * a folder, which means every loaded file below it.
 */
@Singleton
public final class DocumentUnloader {

	private static final CypherStatement FIND_DOCUMENTS_UNDER = CypherStatement.load("write/find-documents-under");

	private static final CypherStatement DELETE_SOURCE_DOCUMENTS = CypherStatement
		.load("write/delete-source-documents");

	private final Graph graph;

	private final LoadSettings settings;

	DocumentUnloader(Graph graph, LoadSettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	public UnloadReport unload(List<Path> paths) {
		long started = System.nanoTime();
		List<String> documents = new ArrayList<>();
		for (Path path : paths) {
			String file = path.toAbsolutePath().normalize().toString();
			documents.addAll(
					graph.read(tx -> tx
						.run(FIND_DOCUMENTS_UNDER.text(),
								Map.of("path", file, "folder", file + "/", "records",
										file + NewsDocument.RECORD_SEPARATOR))
						.list(row -> row.get("path").asString())));
		}
		long nodesDeleted = 0;
		long relationshipsDeleted = 0;
		for (int from = 0; from < documents.size(); from += settings.batchSize()) {
			List<String> batch = documents.subList(from, Math.min(documents.size(), from + settings.batchSize()));
			GraphChanges changes = graph.write(tx -> {
				GraphChanges inThisAttempt = new GraphChanges();
				Retraction retraction = Retraction.of(tx, batch, inThisAttempt);
				inThisAttempt.add(tx.run(DELETE_SOURCE_DOCUMENTS.text(), Map.of("paths", batch)).consume().counters());
				retraction.prune(tx, inThisAttempt);
				return inThisAttempt;
			});
			nodesDeleted += changes.nodesDeleted();
			relationshipsDeleted += changes.relationshipsDeleted();
		}
		return new UnloadReport(documents.size(), nodesDeleted, relationshipsDeleted,
				Duration.ofNanos(System.nanoTime() - started));
	}

}
