package org.newsgraph.graph;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Singleton;

/**
 * Loads folders and files of documents through Cypher: streams them one at a time through
 * the parser into batches ({@link DocumentBatches}), writes each batch in one transaction
 * ({@link GraphWriter}), and collects every rejected document instead of stopping at the
 * first. Loading the same files again changes nothing.
 */
@Singleton
public final class DocumentLoader {

	private final DocumentBatches batches;

	private final GraphWriter writer;

	DocumentLoader(DocumentBatches batches, GraphWriter writer) {
		this.batches = batches;
		this.writer = writer;
	}

	/**
	 * @throws org.newsgraph.NewsgraphException when a named path does not exist (nothing
	 * is loaded then)
	 */
	public LoadReport load(List<Path> roots) {
		return load(roots, LoadProgress.Listener.NONE);
	}

	/**
	 * @param listener told after every file and every batch written how far the load has
	 * got
	 * @throws org.newsgraph.NewsgraphException when a named path does not exist (nothing
	 * is loaded then)
	 */
	public LoadReport load(List<Path> roots, LoadProgress.Listener listener) {
		return batches.load(roots, listener, writer::write);
	}

}
