package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentParserTest {

	private static final Path DOCUMENTS = Path.of("src/test/resources/documents");

	private final DocumentParser parser = new DocumentParser(IngestLimits.defaults());

	@Test
	void aSeedDocumentGivesItsMainArticleTopicsAndRelatedArticles() {
		NewsDocument document = parser.parse(Path.of("seeds/001_7c22fc6673973124.txt"));

		ArticleFacts main = document.main();
		assertThat(main.title().value())
			.isEqualTo("Civil liberties groups demand ban on facial recognition technology");
		assertThat(main.urls().canonical()).isEqualTo(
				"https://www.expressandstar.com/news/uk-news/2021/08/23/civil-liberties-groups-demand-ban-on-facial-recognition-technology/");
		assertThat(main.publishedAt()).isEqualTo(OffsetDateTime.of(2021, 8, 23, 5, 30, 0, 0, ZoneOffset.UTC));
		assertThat(main.quality()).isEqualTo(39L);
		assertThat(main.heat()).isEqualTo(-1L);
		assertThat(main.published()).isFalse();
		assertThat(main.outlet().domain()).isEqualTo("expressandstar.com");
		assertThat(main.outlet().name().value()).isEqualTo("Express & Star");
		assertThat(main.titleKey()).isEqualTo("civil liberties groups demand ban on facial recognition technology");
		assertThat(main.images()).singleElement().satisfies(image -> assertThat(image.width()).isEqualTo(1200L));
		assertThat(document.topics()).containsExactly("Computer Vision", "AI");
		assertThat(document.related()).hasSize(5);
		ArticleFacts diginomica = document.related().get(0);
		assertThat(diginomica.outlet().domain()).isEqualTo("diginomica.com");
		assertThat(diginomica.urls().all()).containsExactly(
				"https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk",
				"https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp",
				"https://diginomica-com.cdn.ampproject.org/c/s/diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp");
		assertThat(document.unknownKeys()).isEmpty();
		assertThat(document.sha256()).hasSize(64);
		assertThat(document.path()).isAbsolute();
	}

	@Test
	void theArticleIdDependsOnlyOnTheCanonicalUrl() {
		NewsDocument privacyInternational = parser.parse(Path.of("seeds/003_2aecd8ef6c2bfcb0.txt"));
		NewsDocument expressAndStar = parser.parse(Path.of("seeds/001_7c22fc6673973124.txt"));

		ArticleFacts asRelated = expressAndStar.related().get(2);
		assertThat(asRelated.id()).isEqualTo(privacyInternational.main().id());
		assertThat(asRelated.id()).matches("[0-9a-f]{20}");
	}

	@Test
	void aPlainYamlFileIsReadAndItsUrlsAndDomainsAreNormalised() {
		NewsDocument document = parser.parse(DOCUMENTS.resolve("plain-yaml-document.yml"));

		assertThat(document.main().urls().canonical()).isEqualTo("https://example.org/plain?id=7");
		assertThat(document.main().urls().webUrl())
			.isEqualTo("https://Example.org:443/plain?utm_source=feed&id=7#comments");
		assertThat(document.main().outlet().domain()).isEqualTo("example.org");
		assertThat(document.main().publishedAt()).isEqualTo(OffsetDateTime.of(2021, 8, 23, 0, 0, 0, 0, ZoneOffset.UTC));
	}

	@Test
	void mojibakeInASeedIsRepairedAndCounted() {
		NewsDocument document = parser.parse(Path.of("seeds/003_2aecd8ef6c2bfcb0.txt"));

		CleanText excerpt = document.related().get(1).excerpt();
		assertThat(excerpt.value()).contains("Passing an ordinance \u201cis the right thing").doesNotContain("â€");
		assertThat(excerpt.raw()).contains("â€œis the right thing");
		assertThat(document.textsCleaned()).isEqualTo(1);
	}

	@Test
	void keysTheLoaderDoesNotKnowAreKeptAsJsonAndListed() {
		NewsDocument document = parser.parse(DOCUMENTS.resolve("unknown-keys.md"));

		assertThat(document.unknownKeys()).containsExactly("provider.country", "images[0].alt", "language", "sentiment",
				"related[0].wordCount");
		assertThat(document.main().extra())
			.isEqualTo("{\"language\":\"en\",\"sentiment\":{\"score\":\"0.4\",\"label\":\"neutral\"}}");
		assertThat(document.main().outlet().extra()).isEqualTo("{\"country\":\"UK\"}");
		assertThat(document.main().images().get(0).extra()).isEqualTo("{\"alt\":\"An example\"}");
		assertThat(document.related().get(0).extra()).isEqualTo("{\"wordCount\":512}");
	}

	@Test
	void theBodyAfterTheFrontMatterIsKept() {
		NewsDocument document = parser.parse(DOCUMENTS.resolve("with-body.md"));

		assertThat(document.main().body()).isEqualTo("The body of the document, after the front matter.");
	}

	@Test
	void providerLogoImagesAreKeptAsGivenEvenWithRelativePaths() {
		NewsDocument document = parser.parse(DOCUMENTS.resolve("provider-with-logo-images.md"));

		assertThat(document.main().outlet().logos()).isEqualTo(
				"[{\"url\":\"/assets/images/organizations/techrepublic.com-50x50.jpg\",\"width\":50,\"height\":50}]");
	}

	@ParameterizedTest(name = "{0} is rejected at line {1} ({2}): {3}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					no-front-matter.md                  | 1  | -                     | no front matter
					unclosed-front-matter.md            | 1  | -                     | never closed by a '---' line
					invalid-yaml.md                     | 6  | -                     | invalid YAML
					billion-laughs.yaml                 | 0  | -                     | Number of aliases for non-scalar nodes exceeds the specified max=50
					deep-nesting.md                     | 0  | -                     | Nesting Depth exceeded max 32
					invalid-utf-8.md                    | 0  | -                     | not UTF-8 text
					binary.md                           | 0  | -                     | binary file
					duplicate-key.md                    | 4  | title                 | duplicate key 'title'
					missing-title.md                    | 2  | title                 | 'title' is missing or empty
					missing-web-url.md                  | 2  | webUrl                | article has neither 'webUrl' nor 'originalUrl'
					quality-is-not-a-number.md          | 4  | quality               | 'quality' must be a whole number, not 'high'
					bad-date.md                         | 4  | publishedDateTime     | 'publishedDateTime' must be an ISO-8601 date-time
					related-item-without-url.md         | 7  | related[1].webUrl     | article has neither 'webUrl' nor 'originalUrl'
					related-item-with-javascript-url.md | 11 | related[1].webUrl     | not an http(s) URL
					""")
	void aBrokenDocumentIsRejectedWithItsFileLineFieldAndReason(String file, int line, String field, String reason) {
		Path path = DOCUMENTS.resolve(file);

		assertThatThrownBy(() -> parser.parse(path)).isInstanceOfSatisfying(DocumentRejectedException.class,
				rejected -> {
					assertThat(rejected.problem().file()).isEqualTo(path.toAbsolutePath());
					assertThat(rejected.problem().line()).isEqualTo(line);
					assertThat(rejected.problem().field()).isEqualTo(field);
					assertThat(rejected.problem().reason()).contains(reason);
				});
	}

	@Test
	void aFiftyMegabyteFileIsRejectedUnreadByTheSizeCap(@TempDir Path folder) throws IOException {
		Path huge = folder.resolve("huge.md");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(50L * 1024 * 1024);
		}

		assertThatThrownBy(() -> parser.parse(huge)).isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining("file is 52428800 bytes; the limit is 4194304");
	}

	@Test
	void aFileLargerThanTheLimitIsRejectedBeforeItIsRead() {
		DocumentParser strict = new DocumentParser(new IngestLimits(100, 50, 32));

		assertThatThrownBy(() -> strict.parse(Path.of("seeds/001_7c22fc6673973124.txt")))
			.isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining("the limit is 100");
	}

}
