package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.LoadProgress;

/**
 * Shows the progress of a load, or of the analysis after it, on standard error: on a
 * terminal, a bar redrawn in place a few times a second (one per analysis step);
 * otherwise (a log, a pipe) a line every ten seconds. Standard output keeps only the
 * summary, for scripts.
 */
final class ConsoleProgress implements LoadProgress.Listener, AnalysisProgress.Listener {

	private static final int BAR_WIDTH = 30;

	private final PrintWriter err;

	private final boolean terminal;

	private final Duration interval;

	private Duration lastShown;

	private boolean shown;

	private final long started = System.nanoTime();

	private String step;

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
	public synchronized void progress(LoadProgress progress) {
		show(progress.elapsed(), progress.filesDone(), progress.filesTotal(), progress.finished(), describe(progress));
	}

	@Override
	public synchronized void progress(AnalysisProgress progress) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		if (!progress.step().equals(step)) {
			// A new step starts a new bar at once; a log still waits for the interval.
			step = progress.step();
			shown = false;
			lastShown = terminal ? elapsed.minus(interval) : lastShown;
		}
		String counts = progress.total() > 0 ? String.format("%,d/%,d", progress.done(), progress.total())
				: String.format("%,d", progress.done());
		show(elapsed, progress.done(), progress.total(), progress.total() > 0 && progress.done() == progress.total(),
				progress.step() + ": " + counts);
	}

	private void show(Duration elapsed, long done, long total, boolean last, String line) {
		if (elapsed.minus(lastShown).compareTo(interval) < 0 && !(last && shown)) {
			return;
		}
		lastShown = elapsed;
		shown = true;
		if (terminal) {
			err.print("\r" + bar(done, total) + line + (last ? System.lineSeparator() : ""));
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

	/** Nothing of nothing is complete; a count with no known total has no bar. */
	private static String bar(long done, long total) {
		if (total == 0 && done > 0) {
			return "";
		}
		int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
		return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] ";
	}

}
