package org.newsgraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.newsgraph.NewsgraphException;

/**
 * Neo4j's offline bulk importer ({@code neo4j-admin database import full}), run in this
 * process from the Neo4j jars the app already has. It writes a store directly, without
 * transactions, so no server may have the database open meanwhile.
 */
public final class Neo4jImporter {

	/** The importer's output, in its work folder. */
	static final String LOG = "import.log";

	private Neo4jImporter() {
	}

	/**
	 * @param tables the importer's {@code --nodes=} and {@code --relationships=}
	 * arguments, and how it reads them
	 * @param dataDir the data folder the database's store goes to (as the embedded
	 * server's)
	 * @param work a folder for the importer's configuration, report and output
	 * ({@code import.log})
	 * @return how long the import took, in nanoseconds
	 */
	public static long run(List<String> tables, Path dataDir, Path work) {
		List<String> arguments = new ArrayList<>(List.of("database", "import", "full"));
		arguments.addAll(tables);
		arguments.addAll(List.of("--overwrite-destination=true", "--report-file=" + work.resolve("import.report"),
				EmbeddedNeo4j.DATABASE));
		Path log = work.resolve(LOG);
		try {
			Path conf = Files.createDirectories(work.resolve("conf"));
			Files.writeString(conf.resolve("neo4j.conf"), "server.directories.data="
					+ dataDir.toAbsolutePath().normalize().toString().replace('\\', '/') + "\n");
			try (OutputStream out = Files.newOutputStream(log);
					PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
					DefaultFileSystemAbstraction fileSystem = new DefaultFileSystemAbstraction()) {
				long started = System.nanoTime();
				int exit = AdminTool.execute(new ExecutionContext(work, conf, print, print, System.in, fileSystem),
						arguments.toArray(String[]::new));
				long elapsed = System.nanoTime() - started;
				if (exit != 0) {
					throw new NewsgraphException(
							"neo4j-admin database import full exited with " + exit + "; see " + log);
				}
				return elapsed;
			}
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot run the bulk importer in " + work + ": " + ex.getMessage(), ex);
		}
	}

}
