package org.newsgraph.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.inject.Singleton;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.graph.Graph;
import org.newsgraph.graph.LoadProgress;
import org.newsgraph.graph.LoadReport;
import org.newsgraph.analysis.progress.AnalysisProgress;

/**
 * Changes asked for while the server runs (uploads, reloads, reclustering) take turns:
 * each load is followed by its analysis before the next starts, so two loads never race
 * over the same outlets and every story is formed from a finished load. Reads go on
 * meanwhile, seeing each as one change ({@link Graph#change}).
 */
@Singleton
public final class GraphUpdates {

	private final ReentrantLock turn = new ReentrantLock(true);

	private final DocumentLoader loader;

	private final GraphAnalysis analysis;

	private final Graph graph;

	GraphUpdates(Graph graph, DocumentLoader loader, GraphAnalysis analysis) {
		this.graph = graph;
		this.loader = loader;
		this.analysis = analysis;
	}

	/** Loads the documents, then forms the stories and campaigns they change. */
	public Update load(List<Path> paths) {
		turn.lock();
		try {
			return graph.change(() -> {
				LoadReport loaded = loader.load(paths, LoadProgress.Listener.NONE);
				return new Update(loaded, analysis.update(AnalysisProgress.Listener.NONE));
			});
		}
		finally {
			turn.unlock();
		}
	}

	/** Forms every story anew, as {@code newsgraph recluster} does. */
	public AnalysisReport recluster() {
		turn.lock();
		try {
			return graph.change(() -> analysis.recluster(AnalysisProgress.Listener.NONE));
		}
		finally {
			turn.unlock();
		}
	}

	/** What one load did to the documents and to the analysis. */
	public record Update(LoadReport load, AnalysisReport analysis) {
	}

}
