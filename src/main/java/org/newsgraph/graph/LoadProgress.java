package org.newsgraph.graph;

import java.time.Duration;

/**
 * How far a load has got, reported after every file.
 *
 * @param filesTotal files the load will read (counted by a quick walk before it starts)
 */
public record LoadProgress(long filesDone, long filesTotal, long documentsRead, long documentsLoaded,
		long documentsRejected, Duration elapsed) {

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
