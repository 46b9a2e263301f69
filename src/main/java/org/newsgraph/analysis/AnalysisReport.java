package org.newsgraph.analysis;

import org.newsgraph.analysis.stories.ClusteringReport;

/** What bringing the analysis up to date did: stories, organisations and campaigns. */
public record AnalysisReport(ClusteringReport stories, DefinitionsReport definitions) {

	public String summary() {
		return stories.summary() + definitions.summary();
	}

}
