package org.newsgraph.bench;

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
import org.newsgraph.export.AdminImportFiles;

/**
 * Neo4j's offline bulk importer ({@code neo4j-admin database import full}), run in this
 * process from the Neo4j jars the app already has, into a store of its own. It is the
 * ceiling a loader over Bolt is measured against.
 */
final class BulkImport {

	private BulkImport() {
	}

	/**
	 * @param home the importer's Neo4j home; the store goes to its {@code data} folder
	 * and the importer's output to {@code import.log}
	 * @return how long the import took, in nanoseconds
	 */
	static long run(AdminImportFiles files, Path home) {
		List<String> arguments = new ArrayList<>(List.of("database", "import", "full"));
		arguments.addAll(files.importArguments());
		arguments.addAll(List.of("--overwrite-destination=true", "--report-file=" + home.resolve("import.report"),
				"--max-off-heap-memory=512m", "neo4j"));
		Path log = home.resolve("import.log");
		try {
			Files.createDirectories(home.resolve("conf"));
			try (OutputStream out = Files.newOutputStream(log);
					PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
					DefaultFileSystemAbstraction fileSystem = new DefaultFileSystemAbstraction()) {
				long started = System.nanoTime();
				int exit = AdminTool.execute(
						new ExecutionContext(home, home.resolve("conf"), print, print, System.in, fileSystem),
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
			throw new NewsgraphException("Cannot run the bulk importer in " + home + ": " + ex.getMessage(), ex);
		}
	}

}
