package org.newsgraph.graph;

import java.nio.file.Path;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The machine-readable form of a load's report: {@code load --report FILE} and the API's
 * uploads.
 */
@Serdeable
public record LoadReportJson(long documentsRead, long documentsLoaded, long documentsUnchanged, long documentsRejected,
		long textsCleaned, long unknownKeys, long nodesCreated, long relationshipsCreated, long propertiesSet,
		long elapsedMs, List<Rejection> rejected) {

	public static LoadReportJson of(LoadReport report) {
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
	 * The same report with its files named relative to a folder, for readers who should
	 * not see the server's own layout.
	 */
	public LoadReportJson relativeTo(Path folder) {
		return new LoadReportJson(documentsRead, documentsLoaded, documentsUnchanged, documentsRejected, textsCleaned,
				unknownKeys, nodesCreated, relationshipsCreated, propertiesSet, elapsedMs,
				rejected.stream()
					.map(rejection -> new Rejection(folder.relativize(Path.of(rejection.file())).toString(),
							rejection.line(), rejection.field(), rejection.reason()))
					.toList());
	}

	/**
	 * @param line 0 when the problem concerns the whole file
	 * @param field the value at fault ({@code related[1].webUrl}), or null
	 */
	@Serdeable
	public record Rejection(String file, int line, @Nullable String field, String reason) {
	}

}
