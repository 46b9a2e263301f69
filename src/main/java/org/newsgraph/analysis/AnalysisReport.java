package org.newsgraph.analysis;

/** What bringing the analysis up to date did: stories, organisations and campaigns. */
public record AnalysisReport(ClusteringReport stories, DefinitionsReport definitions) {

	public String summary() {
		return stories.summary() + definitions.summary();
	}

}
