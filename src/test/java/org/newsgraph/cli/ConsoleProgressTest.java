package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.LoadProgress;

class ConsoleProgressTest {

	private final StringWriter err = new StringWriter();

	@Test
	void withoutATerminalALineIsPrintedEveryTenSecondsAndAtTheEnd() {
		ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), false);

		progress.progress(at(1, 4, 10));
		progress.progress(at(2, 4, 5_000));
		progress.progress(at(3, 4, 12_000));
		progress.progress(at(4, 4, 13_000));

		assertThat(err.toString().lines()).containsExactly(
				"3/4 files, 30 documents read, 27 loaded, 3 rejected, 3 documents/s",
				"4/4 files, 40 documents read, 36 loaded, 4 rejected, 3 documents/s");
	}

	@Test
	void aLoadShorterThanTheIntervalPrintsNoProgressLinesToALog() {
		ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), false);

		progress.progress(at(1, 2, 10));
		progress.progress(at(2, 2, 900));

		assertThat(err.toString()).isEmpty();
	}

	@Test
	void onATerminalABarIsRedrawnInPlace() {
		ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), true);

		progress.progress(at(1, 2, 10));
		progress.progress(at(2, 2, 1_000));

		assertThat(err.toString()).startsWith("\r[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 files")
			.contains("\r[" + "#".repeat(30) + "] 2/2 files")
			.endsWith(System.lineSeparator());
	}

	@Test
	void onATerminalEachAnalysisStepGetsItsOwnBarAndACountWhenItsTotalIsUnknown() {
		ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), true);

		progress.progress(new AnalysisProgress("Finding organisations in articles", 2_000, 0));
		progress.progress(new AnalysisProgress("Writing stories", 2_000, 4_000));
		progress.progress(new AnalysisProgress("Writing stories", 4_000, 4_000));
		progress.progress(new AnalysisProgress("Finding campaign articles", 6, 6));

		assertThat(err.toString()).startsWith("\rFinding organisations in articles: 2,000")
			.contains("\r[" + "#".repeat(30) + "] Writing stories: 4,000/4,000" + System.lineSeparator())
			.endsWith("\r[" + "#".repeat(30) + "] Finding campaign articles: 6/6" + System.lineSeparator());
	}

	private static LoadProgress at(int files, int total, long millis) {
		return new LoadProgress(files, total, files * 10L, files * 9L, 0, files, Duration.ofMillis(millis));
	}

}
