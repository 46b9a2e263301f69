package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaiveLoaderTest {

	@TempDir
	Path folder;

	/**
	 * The baseline used to parse the whole corpus while loading its sample, and that
	 * parsing was timed as its loading.
	 */
	@Test
	void theBaselinesSampleIsTheFirstDocumentsAloneInAFileOfTheirOwn() throws IOException {
		GeneratedCorpus corpus = CorpusGenerator.write(300, 2, folder.resolve("corpus.jsonl"));

		Path sample = NaiveLoader.sample(corpus.path(), 40, folder.resolve("sample.jsonl"));

		List<String> documents = Files.readAllLines(corpus.path());
		assertThat(Files.readAllLines(sample)).containsExactlyElementsOf(documents.subList(0, 40));
	}

}
