package org.newsgraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Singleton;
import org.newsgraph.ingest.DocumentFiles;
import org.newsgraph.ingest.DocumentParser;
import org.newsgraph.ingest.DocumentProblem;
import org.newsgraph.ingest.NewsDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads folders and files of documents: streams them one at a time through the parser
 * into batches, writes each batch in one transaction, and collects every rejected
 * document instead of stopping at the first. Loading the same files again changes
 * nothing.
 */
@Singleton
public final class DocumentLoader {

	private static final Logger LOG = LoggerFactory.getLogger(DocumentLoader.class);

	private final DocumentParser parser;

	private final GraphWriter writer;

	private final LoadSettings settings;

	DocumentLoader(DocumentParser parser, GraphWriter writer, LoadSettings settings) {
		this.parser = parser;
		this.writer = writer;
		this.settings = settings;
	}

	/**
	 * @throws org.newsgraph.NewsgraphException when a named path does not exist (nothing
	 * is loaded then)
	 */
	public LoadReport load(List<Path> roots) {
		long started = System.nanoTime();
		Progress progress = new Progress();
		List<NewsDocument> batch = new ArrayList<>(settings.batchSize());
		try (Stream<Path> files = DocumentFiles.under(roots)) {
			files.forEach(file -> parser.read(file, document -> {
				progress.documentsRead++;
				batch.add(document);
				if (batch.size() >= settings.batchSize()) {
					progress.add(writer.write(batch));
					batch.clear();
				}
			}, problem -> {
				progress.documentsRead++;
				LOG.warn("Rejected {}", problem);
				progress.rejected.add(problem);
			}));
		}
		if (!batch.isEmpty()) {
			progress.add(writer.write(batch));
		}
		return progress.report(Duration.ofNanos(System.nanoTime() - started));
	}

	private static final class Progress {

		long documentsRead;

		long documentsLoaded;

		long documentsUnchanged;

		long textsCleaned;

		long unknownKeys;

		long nodesCreated;

		long relationshipsCreated;

		long propertiesSet;

		final List<DocumentProblem> rejected = new ArrayList<>();

		void add(GraphWriter.BatchOutcome outcome) {
			documentsLoaded += outcome.documentsWritten();
			documentsUnchanged += outcome.documentsUnchanged();
			textsCleaned += outcome.textsCleaned();
			unknownKeys += outcome.unknownKeys();
			nodesCreated += outcome.changes().nodesCreated();
			relationshipsCreated += outcome.changes().relationshipsCreated();
			propertiesSet += outcome.changes().propertiesSet();
			LOG.debug("{} documents read, {} loaded", documentsRead, documentsLoaded);
		}

		LoadReport report(Duration elapsed) {
			return new LoadReport(documentsRead, documentsLoaded, documentsUnchanged, rejected, textsCleaned,
					unknownKeys, nodesCreated, relationshipsCreated, propertiesSet, elapsed);
		}

	}

}
