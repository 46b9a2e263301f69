package org.newsgraph.api;

import java.util.stream.Collectors;

import org.newsgraph.NewsgraphException;
import org.newsgraph.graph.LoadReportJson;

/** An upload none of whose documents could be loaded; the reasons name line and field. */
final class UploadRejectedException extends NewsgraphException {

	UploadRejectedException(LoadReportJson report) {
		super("The upload was not loaded: "
				+ report.rejected().stream().map(UploadRejectedException::describe).collect(Collectors.joining("; ")));
	}

	private static String describe(LoadReportJson.Rejection rejection) {
		String where = rejection.line() > 0 ? "line " + rejection.line() : "";
		if (rejection.field() != null) {
			where = where.isEmpty() ? rejection.field() : where + ", " + rejection.field();
		}
		return where.isEmpty() ? rejection.reason() : where + ": " + rejection.reason();
	}

}
