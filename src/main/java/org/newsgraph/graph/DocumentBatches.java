package org.newsgraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.newsgraph.ingest.DefinitionSettings;
import org.newsgraph.ingest.DocumentFiles;
import org.newsgraph.ingest.DocumentParser;
import org.newsgraph.ingest.DocumentProblem;
import org.newsgraph.ingest.NewsDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part every load shares, whatever writes its documents: folders and files streamed
 * one at a time through the parser into batches (on a thread of its own, see
 * {@link ParsedBatches}), each batch handed to the writer while the next is parsed, every
 * rejected document collected instead of stopping at the first, and progress counted.
 */
@Singleton
final class DocumentBatches {

	private static final Logger LOG = LoggerFactory.getLogger(DocumentBatches.class);

	private final DocumentParser parser;

	private final LoadSettings settings;

	private final Set<Path> definitionFiles;

	private final LoadMetrics metrics;

	DocumentBatches(DocumentParser parser, LoadSettings settings, DefinitionSettings definitions,
			MeterRegistry meters) {
		this.definitionFiles = definitions.files();
		this.parser = parser;
		this.settings = settings;
		this.metrics = new LoadMetrics(meters);
	}

	/**
	 * @param listener told after every file and every batch written how far the load has
	 * got
	 * @param writes writes a batch of parsed documents, on the calling thread, while the
	 * next is parsed
	 * @throws org.newsgraph.NewsgraphException when a named path does not exist (nothing
	 * is loaded then)
	 */
	LoadReport load(List<Path> roots, LoadProgress.Listener listener,
			Function<List<NewsDocument>, GraphWriter.BatchOutcome> writes) {
		long started = System.nanoTime();
		long filesTotal;
		try (Stream<Path> files = DocumentFiles.under(roots, definitionFiles)) {
			filesTotal = files.count();
		}
		Progress progress = new Progress(metrics);
		try (ParsedBatches<NewsDocument> batches = new ParsedBatches<>(settings.batchSize(), documents -> parse(roots,
				documents, progress, () -> listener.progress(progress.now(filesTotal, started))))) {
			for (List<NewsDocument> batch = batches.next(); batch != null; batch = batches.next()) {
				progress.add(writes.apply(batch));
				// A single file can hold a million documents (JSON Lines).
				listener.progress(progress.now(filesTotal, started));
			}
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		metrics.loads.record(elapsed);
		return progress.report(elapsed);
	}

	/** Runs on the parsing thread. */
	private void parse(List<Path> roots, Consumer<NewsDocument> documents, Progress progress, Runnable fileDone) {
		try (Stream<Path> files = DocumentFiles.under(roots, definitionFiles)) {
			files.forEach(file -> {
				parser.read(file, document -> {
					progress.read();
					documents.accept(document);
				}, progress::reject);
				progress.fileDone();
				fileDone.run();
			});
		}
	}

	/**
	 * Counted as they happen, so that a long load can be watched. Rejections are logged
	 * with their file, line and field as key-value pairs, which the JSON log format keeps
	 * as fields.
	 */
	private record LoadMetrics(Counter loaded, Counter unchanged, Counter rejected, Timer loads) {

		LoadMetrics(MeterRegistry meters) {
			this(documents(meters, "loaded", "written to the graph (new or changed)"),
					documents(meters, "unchanged", "skipped because the same bytes were loaded before"),
					documents(meters, "rejected", "refused, each reported with file, line and reason"),
					Timer.builder("newsgraph.loads")
						.description("Loads of files and folders, from the first file to the last write")
						.register(meters));
		}

		private static Counter documents(MeterRegistry meters, String outcome, String description) {
			return Counter.builder("newsgraph.documents")
				.tag("outcome", outcome)
				.description("Documents " + description)
				.register(meters);
		}

	}

	private static final class Progress {

		/**
		 * Past this many, rejections are counted but not kept, so that memory does not
		 * grow with the corpus.
		 */
		private static final int REJECTIONS_KEPT = 10_000;

		long filesDone;

		long documentsRead;

		long documentsRejected;

		long documentsLoaded;

		long documentsUnchanged;

		long textsCleaned;

		long unknownKeys;

		long nodesCreated;

		long relationshipsCreated;

		long propertiesSet;

		final List<DocumentProblem> rejected = new ArrayList<>();

		private final LoadMetrics metrics;

		Progress(LoadMetrics metrics) {
			this.metrics = metrics;
		}

		synchronized void read() {
			documentsRead++;
		}

		synchronized void fileDone() {
			filesDone++;
		}

		synchronized void reject(DocumentProblem problem) {
			documentsRead++;
			documentsRejected++;
			metrics.rejected.increment();
			if (rejected.size() < REJECTIONS_KEPT) {
				rejected.add(problem);
				LOG.atWarn()
					.addKeyValue("document", problem.file())
					.addKeyValue("line", problem.line())
					.addKeyValue("field", problem.field())
					.log("Document rejected: {}", problem.reason());
			}
			else if (documentsRejected == REJECTIONS_KEPT + 1) {
				LOG.warn("More than {} documents rejected: the rest are counted, not logged", REJECTIONS_KEPT);
			}
		}

		synchronized LoadProgress now(long filesTotal, long started) {
			return new LoadProgress(filesDone, filesTotal, documentsRead, documentsLoaded, documentsUnchanged,
					documentsRejected, Duration.ofNanos(System.nanoTime() - started));
		}

		synchronized void add(GraphWriter.BatchOutcome outcome) {
			documentsLoaded += outcome.documentsWritten();
			documentsUnchanged += outcome.documentsUnchanged();
			metrics.loaded.increment(outcome.documentsWritten());
			metrics.unchanged.increment(outcome.documentsUnchanged());
			textsCleaned += outcome.textsCleaned();
			unknownKeys += outcome.unknownKeys();
			nodesCreated += outcome.changes().nodesCreated();
			relationshipsCreated += outcome.changes().relationshipsCreated();
			propertiesSet += outcome.changes().propertiesSet();
			LOG.debug("{} documents read, {} loaded", documentsRead, documentsLoaded);
		}

		synchronized LoadReport report(Duration elapsed) {
			return new LoadReport(documentsRead, documentsLoaded, documentsUnchanged, documentsRejected, rejected,
					textsCleaned, unknownKeys, nodesCreated, relationshipsCreated, propertiesSet, elapsed);
		}

	}

}
