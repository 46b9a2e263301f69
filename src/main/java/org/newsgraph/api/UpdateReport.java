package org.newsgraph.api;

import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsgraph.analysis.AnalysisReport;
import org.newsgraph.analysis.GraphUpdates;
import org.newsgraph.graph.LoadReportJson;

/**
 * What a change over HTTP did.
 *
 * @param load the documents read, loaded, unchanged and rejected (each with file, line
 * and reason); null when nothing was loaded (reclustering)
 * @param storiesFormed stories written by the analysis that followed
 * @param articlesClustered articles whose story was formed (again)
 * @param campaignArticles each campaign's number of articles; null when no campaign had
 * to be looked at again
 * @param analysisMs how long the analysis took
 */
@Serdeable
record UpdateReport(@Nullable LoadReportJson load, long storiesFormed, long articlesClustered,
		@Nullable Map<String, Long> campaignArticles, long analysisMs) {

	static UpdateReport of(GraphUpdates.Update update) {
		return of(LoadReportJson.of(update.load()), update.analysis());
	}

	static UpdateReport of(@Nullable LoadReportJson load, AnalysisReport analysis) {
		return new UpdateReport(load, analysis.stories().stories(), analysis.stories().articlesClustered(),
				analysis.definitions().campaignArticles(),
				analysis.stories().elapsed().plus(analysis.definitions().elapsed()).toMillis());
	}

}
