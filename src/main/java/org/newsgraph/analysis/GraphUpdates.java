package org.newsgraph.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.inject.Singleton;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.Graph;
import org.newsgraph.graph.LoadProgress;
import org.newsgraph.graph.LoadReport;

/**
 * Changes asked for while the server runs (the load at its start, uploads, reloads,
 * reclustering) take turns: each load is followed by its analysis before the next starts,
 * so two loads never race over the same outlets and every story is formed from a finished
 * load. Reads go on meanwhile, and {@link #progress} says what is under way. After each,
 * the sentence vectors of what changed are worked out in the background, so that the next
 * change never waits for them.
 */
@Singleton
public final class GraphUpdates {

	private final ReentrantLock turn = new ReentrantLock(true);

	private final DocumentLoader loader;

	private final GraphAnalysis analysis;

	private final Graph graph;

	private final GraphEmbeddings embeddings;

	private volatile UpdateProgress progress = UpdateProgress.READY;

	GraphUpdates(Graph graph, DocumentLoader loader, GraphAnalysis analysis, GraphEmbeddings embeddings) {
		this.graph = graph;
		this.loader = loader;
		this.analysis = analysis;
		this.embeddings = embeddings;
	}

	/**
	 * Loads the documents, then forms the stories and campaigns they change, as one
	 * change of the graph for reads ({@link Graph#change}): an upload is small, and
	 * answers worked out on it half loaded would be kept until the next.
	 */
	public Update load(List<Path> paths) {
		Update update = inTurn(() -> graph
			.change(() -> loadAndAnalyse(paths, LoadProgress.Listener.NONE, AnalysisProgress.Listener.NONE)));
		embeddings.embedInBackground(AnalysisProgress.Listener.NONE);
		return update;
	}

	/**
	 * As {@link #load}, on a thread of its own, and seen by reads as it goes: the load
	 * that {@code serve} starts with may take hours, and reads answer from what is loaded
	 * meanwhile. The progress says loading from this call on.
	 * @param paths nothing to load still forms the stories left pending by an interrupted
	 * run
	 */
	public CompletableFuture<Update> loadInBackground(List<Path> paths, LoadProgress.Listener loadProgress,
			AnalysisProgress.Listener analysisProgress) {
		progress = new UpdateProgress(UpdateProgress.State.LOADING, "files", 0, 0);
		CompletableFuture<Update> update = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				update.complete(inTurn(() -> loadAndAnalyse(paths, loadProgress, analysisProgress)));
				embeddings.embedInBackground(AnalysisProgress.Listener.NONE);
			}
			catch (RuntimeException | Error ex) {
				update.completeExceptionally(ex);
			}
		}, "newsgraph-first-load");
		// Stopping the server stops it where it is, as a kill would: the articles it left
		// pending are formed into stories by the next round.
		thread.setDaemon(true);
		thread.start();
		return update;
	}

	/** Forms every story anew, as {@code newsgraph recluster} does. */
	public AnalysisReport recluster() {
		AnalysisReport report = inTurn(() -> graph.change(() -> analysis.recluster(this::analysing)));
		embeddings.embedInBackground(AnalysisProgress.Listener.NONE);
		return report;
	}

	/** What the updates are doing now. */
	public UpdateProgress progress() {
		return progress;
	}

	private Update loadAndAnalyse(List<Path> paths, LoadProgress.Listener loadProgress,
			AnalysisProgress.Listener analysisProgress) {
		LoadReport loaded = loader.load(paths, step -> {
			progress = UpdateProgress.loading(step);
			loadProgress.progress(step);
		});
		return new Update(loaded, analysis.update(step -> {
			analysing(step);
			analysisProgress.progress(step);
		}));
	}

	private void analysing(AnalysisProgress step) {
		progress = UpdateProgress.analysing(step);
	}

	private <T> T inTurn(Supplier<T> work) {
		turn.lock();
		try {
			return work.get();
		}
		finally {
			progress = UpdateProgress.READY;
			turn.unlock();
		}
	}

	/** What one load did to the documents and to the analysis. */
	public record Update(LoadReport load, AnalysisReport analysis) {
	}

}
