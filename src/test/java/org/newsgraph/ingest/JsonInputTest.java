package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON and JSON Lines inputs, read through the same mapping as front matter. */
class JsonInputTest {

	private static final Path DOCUMENTS = Path.of("src/test/resources/documents");

	private final DocumentParser parser = new DocumentParser(IngestLimits.defaults());

	private final List<NewsDocument> documents = new ArrayList<>();

	private final List<DocumentProblem> problems = new ArrayList<>();

	@Test
	void aSeedAsJsonGivesExactlyTheFactsOfTheSeedAsFrontMatter() {
		NewsDocument fromYaml = parser.parse(Path.of("seeds/000_7df6ec0e15e5056b.txt"));

		read("seed-000-as-json.json");

		assertThat(problems).isEmpty();
		assertThat(documents).singleElement().satisfies(fromJson -> {
			assertThat(fromJson.main()).isEqualTo(fromYaml.main());
			assertThat(fromJson.related()).isEqualTo(fromYaml.related());
			assertThat(fromJson.topics()).isEqualTo(fromYaml.topics());
			assertThat(fromJson.source()).endsWith("seed-000-as-json.json#1");
		});
	}

	@Test
	void theNewsApiWrapperGivesOneDocumentPerRecordWithTheApisOwnFields() {
		read("news-api.json");

		assertThat(problems).isEmpty();
		assertThat(documents).hasSize(2);
		ArticleFacts first = documents.get(0).main();
		assertThat(first.title().value()).isEqualTo("Met Police & facial recognition");
		assertThat(first.urls().canonical()).isEqualTo("https://news.example.com/met-police");
		assertThat(first.sitePath()).isEqualTo("/news/2021-08-23-met-police-facial-recognition/");
		assertThat(first.locale()).isEqualTo("en-gb");
		assertThat(first.tags()).containsExactly("policing", "privacy");
		assertThat(first.categories()).containsExactly("news", "technology");
		assertThat(first.updatedAt()).isEqualTo(OffsetDateTime.parse("2021-08-24T09:00:00Z"));
		assertThat(documents.get(0).unknownKeys()).isEmpty();
		assertThat(documents).extracting(NewsDocument::record).containsExactly(1, 2);
	}

	@Test
	void aJsonLinesFileIsReadLineByLineAndABadLineDoesNotStopTheOthers() {
		read("records.jsonl");

		assertThat(documents).extracting(document -> document.main().title().value())
			.containsExactly("First line", "Fifth line");
		assertThat(documents).extracting(NewsDocument::record).containsExactly(1, 5);
		assertThat(problems).extracting(DocumentProblem::line).containsExactly(2, 3, 6);
		assertThat(problems.get(0).reason()).startsWith("invalid JSON");
		assertThat(problems.get(1).field()).isEqualTo("title");
		assertThat(problems.get(2).reason()).isEqualTo("each line must hold one JSON object");
	}

	@Test
	void aJsonLinesLineOverTheLimitIsRejectedAndTheNextLineRead(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("long.jsonl");
		Files.writeString(file, "{\"title\": \"" + "x".repeat(200) + "\"}\n"
				+ "{\"title\": \"Short\", \"webUrl\": \"https://example.org/short\"}\n");
		DocumentParser strict = new DocumentParser(new IngestLimits(100, 50, 32));

		strict.read(file, documents::add, problems::add);

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(1);
			assertThat(problem.reason()).isEqualTo("line is longer than 100 characters");
		});
		assertThat(documents).singleElement()
			.satisfies(document -> assertThat(document.main().title().value()).isEqualTo("Short"));
	}

	@Test
	void aJsonFileThatIsNotJsonIsReportedWithItsLine(@TempDir Path folder) throws IOException {
		Path file = Files.writeString(folder.resolve("broken.json"), "[\n  {\"title\": \"A\"},\n  oops\n]\n");

		parser.read(file, documents::add, problems::add);

		assertThat(problems).extracting(DocumentProblem::line).contains(3);
		assertThat(problems).anySatisfy(problem -> assertThat(problem.reason()).startsWith("invalid JSON"));
	}

	private void read(String fixture) {
		parser.read(DOCUMENTS.resolve(fixture), documents::add, problems::add);
	}

}
