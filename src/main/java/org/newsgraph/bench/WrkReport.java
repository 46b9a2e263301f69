package org.newsgraph.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code wrk --latency} printed at the end of a run: its requests, its errors and
 * its latency percentiles.
 *
 * @param requests requests completed
 * @param failedResponses answers with a status other than 2xx or 3xx
 * @param socketErrors connections refused, reads or writes failed, requests timed out
 * @param p50Millis the median latency
 * @param p99Millis the 99th percentile latency
 * @param text the report as wrk printed it
 */
public record WrkReport(long requests, long failedResponses, long socketErrors, double p50Millis, double p99Millis,
		String text) {

	private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

	private static final Pattern FAILED = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	/** A percentile of the latency distribution: {@code 99%    1.28ms}. */
	private static final String PERCENTILE = "(?m)^\\s+%d%%\\s+([\\d.]+)(us|ms|s|m)\\s*$";

	public static WrkReport parse(String text) {
		Matcher errors = SOCKET_ERRORS.matcher(text);
		long socketErrors = 0;
		if (errors.find()) {
			for (int group = 1; group <= errors.groupCount(); group++) {
				socketErrors += Long.parseLong(errors.group(group));
			}
		}
		return new WrkReport(count(REQUESTS, text), count(FAILED, text), socketErrors, percentile(50, text),
				percentile(99, text), text);
	}

	public long errors() {
		return failedResponses + socketErrors;
	}

	private static long count(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

	/**
	 * Not a number when wrk printed no distribution (run without --latency, or no
	 * request).
	 */
	private static double percentile(int percent, String text) {
		Matcher matcher = Pattern.compile(String.format(PERCENTILE, percent)).matcher(text);
		if (!matcher.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "ms" -> value;
			case "s" -> value * 1000;
			default -> value * 60_000;
		};
	}

}
