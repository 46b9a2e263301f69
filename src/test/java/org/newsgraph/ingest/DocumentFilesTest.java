package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;

class DocumentFilesTest {

	@TempDir
	Path folder;

	@Test
	void documentsAreFoundRecursivelyInAStableOrderAndOtherFilesAreSkipped() throws IOException {
		Files.createDirectories(folder.resolve("b/nested"));
		for (String name : List.of("b/nested/z.md", "b/a.yml", "c.txt", "a.markdown", "notes.pdf", "image.jpg",
				"d.YAML")) {
			Files.writeString(folder.resolve(name), "");
		}

		try (Stream<Path> files = DocumentFiles.under(List.of(folder), Set.of())) {
			assertThat(files.map(file -> folder.relativize(file).toString())).containsExactly("a.markdown", "b/a.yml",
					"b/nested/z.md", "c.txt", "d.YAML");
		}
	}

	@Test
	void definitionFilesBesideTheDocumentsAreNotTakenForDocuments() throws IOException {
		Files.writeString(folder.resolve("a.md"), "---\n");
		Path configured = Files.writeString(folder.resolve("uk.yml"), "campaigns: []\n");
		Files.writeString(folder.resolve("organisations.yml"), "organisations: []\n");
		try (Stream<Path> files = DocumentFiles.under(List.of(folder), Set.of(configured.toAbsolutePath()))) {
			assertThat(files).containsExactly(folder.resolve("a.md").toAbsolutePath());
		}
	}

	@Test
	void aFileNamedExplicitlyIsReadWhateverItsName() throws IOException {
		Path file = Files.writeString(folder.resolve("document.data"), "");

		try (Stream<Path> files = DocumentFiles.under(List.of(file), Set.of())) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void aSymbolicLinkLoopDoesNotTrapTheWalk() throws IOException {
		Files.createDirectories(folder.resolve("inner"));
		Files.writeString(folder.resolve("inner/a.md"), "");
		Files.createSymbolicLink(folder.resolve("inner/loop"), folder);

		try (Stream<Path> files = DocumentFiles.under(List.of(folder), Set.of())) {
			assertThat(files).containsExactly(folder.resolve("inner/a.md"));
		}
	}

	@Test
	void aMissingPathIsAnErrorBeforeAnythingIsRead() {
		assertThatThrownBy(() -> DocumentFiles.under(List.of(folder.resolve("missing")), Set.of()))
			.isInstanceOf(NewsgraphException.class)
			.hasMessageContaining("No such file or folder");
	}

}
