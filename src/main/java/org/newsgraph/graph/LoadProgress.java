package org.newsgraph.graph;

import java.time.Duration;

/**
 * How far a load has got, reported after every file and every batch written.
 *
 * @param filesTotal files the load will read (counted by a quick walk before it starts)
 */
public record LoadProgress(long filesDone, long filesTotal, long documentsRead, long documentsLoaded,
		long documentsUnchanged, long documentsRejected, Duration elapsed) {

	/** Every file read, and every document read written, skipped or rejected. */
	public boolean finished() {
		return filesDone == filesTotal && documentsRead == documentsLoaded + documentsUnchanged + documentsRejected;
	}

	/**
	 * Whoever wants to hear about progress; called on the thread that parses, after every
	 * file, so keep it quick.
	 */
	public interface Listener {

		Listener NONE = progress -> {
		};

		void progress(LoadProgress progress);

	}

}
