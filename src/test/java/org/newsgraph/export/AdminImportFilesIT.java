package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.NewsgraphException;
import org.newsgraph.query.GraphDump;

/**
 * The import files of the seeds when one of them cannot be written. Found in review: the
 * files opened before the one that failed were never closed.
 */
class AdminImportFilesIT extends Neo4jTestBase {

	@TempDir
	Path folder;

	@Test
	void aFileThatCannotBeOpenedLeavesNoneOfTheOthersOpen() throws IOException {
		loadTheSeeds();
		GraphDump dump = context.getBean(GraphDump.class);
		String firstType = dump.relationshipColumns().get(0).owner();
		// A folder where the first relationship file goes: every node file opens, that
		// one cannot.
		Files.createDirectories(folder.resolve("relationships-001-" + firstType + ".csv"));

		assertThatThrownBy(() -> AdminImportFiles.write(dump, folder)).isInstanceOf(NewsgraphException.class)
			.hasMessageContaining("Cannot write the import files");
		assertThat(openFilesIn(folder)).isEmpty();
	}

	/**
	 * What this process holds open under the folder, from Linux's view of its
	 * descriptors.
	 */
	private static List<Path> openFilesIn(Path folder) throws IOException {
		Path descriptors = Path.of("/proc/self/fd");
		try (Stream<Path> open = Files.list(descriptors)) {
			return open.flatMap(descriptor -> {
				try {
					return Stream.of(Files.readSymbolicLink(descriptor));
				}
				catch (IOException ex) {
					return Stream.empty();
				}
			}).filter(target -> target.startsWith(folder)).toList();
		}
	}

}
