package org.newsgraph.analysis;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.newsgraph.analysis.embeddings.EmbeddingReport;
import org.newsgraph.analysis.embeddings.EmbeddingRound;
import org.newsgraph.analysis.embeddings.EmbeddingSettings;
import org.newsgraph.analysis.embeddings.SentenceEncoder;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors of articles and stories, off the write path: a round after each load
 * (in the background while the server runs), and the vector of a query. The model is
 * loaded when first needed, so a start that has nothing to encode does not wait for it.
 * With {@code newsgraph.embeddings.enabled} false, nothing is encoded and searches go by
 * words.
 */
@Singleton
public final class GraphEmbeddings implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(GraphEmbeddings.class);

	private final Graph graph;

	private final EmbeddingSettings settings;

	private final ExecutorService rounds = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "newsgraph-embedding-round");
		// Stopped where it is, as a kill would: the next round finishes it.
		thread.setDaemon(true);
		return thread;
	});

	private volatile AnalysisProgress progress;

	/** Guarded by this. */
	private SentenceEncoder encoder;

	/** Guarded by this: a round asked for and not yet started, which later asks join. */
	private CompletableFuture<Optional<EmbeddingReport>> waiting;

	GraphEmbeddings(Graph graph, EmbeddingSettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	public boolean enabled() {
		return settings.enabled();
	}

	/**
	 * Encodes what waits for its vector, here and now.
	 * @return empty when embeddings are turned off
	 */
	public Optional<EmbeddingReport> embedPending(AnalysisProgress.Listener listener) {
		if (!settings.enabled()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new EmbeddingRound(graph, encoder(), settings).run(step -> {
				progress = step;
				listener.progress(step);
			}));
		}
		finally {
			progress = null;
		}
	}

	/**
	 * A round on a thread of its own, after whatever round is under way: asked for after
	 * each change while the server runs, so loads never wait for the model.
	 * @param listener told of the round's progress, unless a round asked for earlier has
	 * not started yet: this call then joins it
	 */
	public synchronized CompletableFuture<Optional<EmbeddingReport>> embedInBackground(
			AnalysisProgress.Listener listener) {
		if (waiting != null) {
			return waiting;
		}
		CompletableFuture<Optional<EmbeddingReport>> round = new CompletableFuture<>();
		waiting = round;
		rounds.execute(() -> {
			synchronized (this) {
				waiting = null;
			}
			try {
				round.complete(embedPending(listener));
			}
			catch (RuntimeException | Error ex) {
				LOG.warn("Embedding round failed; the next one takes up what waits: {}", ex.getMessage(), ex);
				round.completeExceptionally(ex);
			}
		});
		return round;
	}

	/** The step of the round under way, if any. */
	public Optional<AnalysisProgress> progress() {
		return Optional.ofNullable(progress);
	}

	/**
	 * The vector of a text, such as a search query, as an article with that text would
	 * have.
	 * @return empty when embeddings are turned off
	 */
	public Optional<float[]> vectorOf(String text) {
		return settings.enabled() ? Optional.of(encoder().encode(text)) : Optional.empty();
	}

	private synchronized SentenceEncoder encoder() {
		if (encoder == null) {
			encoder = new SentenceEncoder(settings.maxTokens(), settings.encodingThreads());
		}
		return encoder;
	}

	@PreDestroy
	@Override
	public void close() {
		rounds.shutdownNow();
		try {
			// The model must not be closed under a text it is encoding.
			rounds.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		closeTheModel();
	}

	private synchronized void closeTheModel() {
		if (encoder != null) {
			encoder.close();
		}
	}

}
