package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.newsgraph.NewsgraphException;

/**
 * The main reads driven by {@code wrk} until stopped: a run whose length is not known
 * when it starts, as while a stream of uploads goes on. wrk prints its report when
 * interrupted, as after its set duration.
 */
final class ReadLoad {

	static final Path WRK = Path.of("/usr/bin/wrk");

	/** wrk's own limit on a run; {@link #stop()} ends it long before. */
	private static final String LONGEST_RUN = "24h";

	private final Process wrk;

	private final Path report;

	private ReadLoad(Process wrk, Path report) {
		this.wrk = wrk;
		this.report = report;
	}

	static boolean available() {
		return Files.isExecutable(WRK);
	}

	/**
	 * @param reads the paths to read, one per line, each connection starting at another
	 * @param work where wrk's script and report are written
	 */
	static ReadLoad start(String origin, List<String> reads, int connections, Path work) throws IOException {
		Path paths = Files.write(work.resolve("reads.txt"), reads);
		Path script = work.resolve("reads.lua");
		try (InputStream lua = ReadLoad.class.getResourceAsStream("/bench/reads.lua")) {
			Files.copy(lua, script);
		}
		Path report = work.resolve("wrk-report.txt");
		ProcessBuilder command = new ProcessBuilder(WRK.toString(), "-t", "2", "-c", Integer.toString(connections),
				"-d", LONGEST_RUN, "--latency", "--timeout", "10s", "-s", script.toString(), origin);
		command.environment().put("READS_PATHS", paths.toString());
		return new ReadLoad(command.redirectErrorStream(true).redirectOutput(report.toFile()).start(), report);
	}

	WrkReport stop() throws IOException {
		try {
			Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid())).inheritIO().start();
			if (interrupt.waitFor() != 0 || !wrk.waitFor(1, TimeUnit.MINUTES)) {
				wrk.destroyForcibly();
				throw new NewsgraphException("wrk did not stop when interrupted: " + Files.readString(report));
			}
			return WrkReport.parse(Files.readString(report));
		}
		catch (InterruptedException ex) {
			wrk.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Interrupted while stopping wrk", ex);
		}
	}

}
