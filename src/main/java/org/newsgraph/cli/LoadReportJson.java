package org.newsgraph.cli;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsgraph.graph.LoadReport;

/** The machine-readable form of a load's report ({@code load --report FILE}). */
@Serdeable
record LoadReportJson(long documentsRead, long documentsLoaded, long documentsUnchanged, long documentsRejected,
		long textsCleaned, long unknownKeys, long nodesCreated, long relationshipsCreated, long propertiesSet,
		long elapsedMs, List<Rejection> rejected) {

	static LoadReportJson of(LoadReport report) {
		return new LoadReportJson(report.documentsRead(), report.documentsLoaded(), report.documentsUnchanged(),
				report.documentsRejected(), report.textsCleaned(), report.unknownKeys(), report.nodesCreated(),
				report.relationshipsCreated(), report.propertiesSet(), report.elapsed().toMillis(),
				report.rejected()
					.stream()
					.map(problem -> new Rejection(problem.file().toString(), problem.line(), problem.field(),
							problem.reason()))
					.toList());
	}

	/**
	 * @param line 0 when the problem concerns the whole file
	 * @param field the value at fault ({@code related[1].webUrl}), or null
	 */
	@Serdeable
	record Rejection(String file, int line, @Nullable String field, String reason) {
	}

}
