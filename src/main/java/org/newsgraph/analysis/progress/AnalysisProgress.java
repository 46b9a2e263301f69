package org.newsgraph.analysis.progress;

/**
 * How far the analysis has got in one of its steps (tagging organisations, comparing
 * articles, writing stories, finding campaign articles), each counted in its own units.
 *
 * @param total how many there are in all; 0 when not known beforehand
 */
public record AnalysisProgress(String step, long done, long total) {

	/**
	 * Whoever wants to hear about progress; called on the analysing thread, so keep it
	 * quick.
	 */
	public interface Listener {

		Listener NONE = progress -> {
		};

		void progress(AnalysisProgress progress);

	}

}
