package org.newsgraph.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The runs of one {@code bench} as Markdown: one column per size. */
public final class BenchReport {

	private BenchReport() {
	}

	public static String markdown(List<BenchResult> runs) {
		StringBuilder text = new StringBuilder("| figure |");
		runs.forEach(run -> text.append(' ').append(run.figure("docs")).append(" docs |"));
		text.append("\n| --- |").append(" ---: |".repeat(runs.size())).append('\n');
		Set<String> names = new LinkedHashSet<>();
		runs.forEach(run -> names.addAll(run.figures().keySet()));
		for (String name : names) {
			text.append("| ").append(name).append(" |");
			runs.forEach(run -> text.append(' ').append(shown(run.figure(name))).append(" |"));
			text.append('\n');
		}
		text.append("\n| read (ms) |");
		runs.forEach(run -> text.append(" p50 | p95 | p99 |"));
		text.append("\n| --- |").append(" ---: | ---: | ---: |".repeat(runs.size())).append('\n');
		Set<String> reads = new LinkedHashSet<>();
		runs.forEach(run -> reads.addAll(run.reads().keySet()));
		for (String read : reads) {
			text.append("| ").append(read).append(" |");
			for (BenchResult run : runs) {
				Latencies latencies = run.reads().get(read);
				for (double share : new double[] { 0.5, 0.95, 0.99 }) {
					text.append(' ')
						.append(latencies == null ? "–" : String.format("%.1f", latencies.percentile(share)))
						.append(" |");
				}
			}
			text.append('\n');
		}
		return text.toString();
	}

	private static String shown(Object value) {
		return value == null ? "not measured" : String.valueOf(value);
	}

	/** The figures by name, one map per run, as the JSON report holds them. */
	public static List<Map<String, Object>> figures(List<BenchResult> runs) {
		return runs.stream().map(BenchResult::figures).toList();
	}

}
