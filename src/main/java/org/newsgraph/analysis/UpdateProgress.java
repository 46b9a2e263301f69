package org.newsgraph.analysis;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.LoadProgress;

/**
 * What the graph's updates are doing: loading documents, analysing them, or nothing
 * (ready), with how far the current step has got, for health reports and the web page.
 *
 * @param step the load's files, or the analysis step under way; null when ready
 * @param total 0 when not known beforehand
 */
@Serdeable
public record UpdateProgress(State state, String step, long done, long total) {

	public static final UpdateProgress READY = new UpdateProgress(State.READY, null, 0, 0);

	static UpdateProgress loading(LoadProgress progress) {
		return new UpdateProgress(State.LOADING, "files", progress.filesDone(), progress.filesTotal());
	}

	static UpdateProgress analysing(AnalysisProgress progress) {
		return new UpdateProgress(State.ANALYSING, progress.step(), progress.done(), progress.total());
	}

	@Serdeable
	public enum State {

		LOADING, ANALYSING, READY;

		@JsonValue
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
