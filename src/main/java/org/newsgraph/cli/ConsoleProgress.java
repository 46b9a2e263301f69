package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.newsgraph.graph.LoadProgress;

/**
 * Shows a load's progress on standard error: on a terminal, a bar redrawn in place a few
 * times a second; otherwise (a log, a pipe) a line every ten seconds. Standard output
 * keeps only the summary, for scripts.
 */
final class ConsoleProgress implements LoadProgress.Listener {

	private static final int BAR_WIDTH = 30;

	private final PrintWriter err;

	private final boolean terminal;

	private final Duration interval;

	private Duration lastShown;

	private boolean shown;

	ConsoleProgress(PrintWriter err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
		this.interval = terminal ? Duration.ofMillis(200) : Duration.ofSeconds(10);
		// A bar appears at once; a log gets no progress lines at all for a load shorter
		// than the interval.
		this.lastShown = terminal ? interval.negated() : Duration.ZERO;
	}

	static ConsoleProgress on(PrintWriter err) {
		return new ConsoleProgress(err, System.console() != null);
	}

	@Override
	public void progress(LoadProgress progress) {
		boolean last = progress.filesDone() == progress.filesTotal();
		if (progress.elapsed().minus(lastShown).compareTo(interval) < 0 && !(last && shown)) {
			return;
		}
		lastShown = progress.elapsed();
		shown = true;
		String line = describe(progress);
		if (terminal) {
			err.print("\r" + bar(progress) + " " + line + (last ? System.lineSeparator() : ""));
		}
		else {
			err.println(line);
		}
		err.flush();
	}

	static String describe(LoadProgress progress) {
		double seconds = Math.max(progress.elapsed().toMillis(), 1) / 1000.0;
		return String.format("%,d/%,d files, %,d documents read, %,d loaded, %,d rejected, %,.0f documents/s",
				progress.filesDone(), progress.filesTotal(), progress.documentsRead(), progress.documentsLoaded(),
				progress.documentsRejected(), progress.documentsRead() / seconds);
	}

	private static String bar(LoadProgress progress) {
		int filled = progress.filesTotal() == 0 ? BAR_WIDTH
				: (int) (BAR_WIDTH * progress.filesDone() / progress.filesTotal());
		return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
	}

}
