package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents written to cause harm, generated here rather than kept as files (some are
 * large): each is rejected with its line, field and a reason a person can act on.
 */
class HostileDocumentsTest {

	private final DocumentParser parser = new DocumentParser(IngestLimits.defaults());

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			right-to-left override  | \u202Egro.elpmaxe | U+202E (RIGHT-TO-LEFT OVERRIDE)
			zero-width space        | exa\u200Bmple.org  | U+200B (ZERO WIDTH SPACE)
			zero-width joiner       | exam\u200Dple.org  | U+200D (ZERO WIDTH JOINER)
			a space inside          | exam ple.org       | U+0020 (SPACE)
			a slash                 | example.org/evil   | U+002F (SOLIDUS)
			""")
	void anOutletDomainWithInvisibleOrDirectionChangingCharactersIsRejected(String name, String domain,
			String character) throws IOException {
		Path document = write(name, document("Outlets must not pass for others", "https://example.org/a", domain));

		assertThatThrownBy(() -> parser.parse(document)).isInstanceOfSatisfying(DocumentRejectedException.class,
				rejected -> {
					assertThat(rejected.problem().field()).isEqualTo("provider.domain");
					// The domain's own line: the provider's first line (its name) was
					// reported before.
					assertThat(rejected.problem().line()).isEqualTo(6);
					assertThat(rejected.problem().reason()).contains("not a domain name", character);
				});
	}

	@Test
	void aDomainInAnotherScriptIsStillAnOutlet() throws IOException {
		Path document = write("idn", document("Ein Artikel", "https://xn--bcher-kva.example/a", "Bücher.example"));

		assertThat(parser.parse(document).main().outlet().domain()).isEqualTo("bücher.example");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			javascript:alert(document.cookie) | not an http(s) URL
			file:///etc/passwd                | not an http(s) URL
			data:text/html,<script>x</script> | not an http(s) URL
			//example.org/no-scheme           | not an http(s) URL
			""")
	void anArticleAddressThatIsNotAWebAddressIsRejected(String url, String reason) throws IOException {
		Path document = write("escape", document("An escape", url, "example.org"));

		assertThatThrownBy(() -> parser.parse(document)).isInstanceOfSatisfying(DocumentRejectedException.class,
				rejected -> {
					assertThat(rejected.problem().field()).isEqualTo("webUrl");
					assertThat(rejected.problem().reason()).contains(reason);
				});
	}

	@Test
	void aTitleOfAMegabyteIsRejectedRatherThanFailingItsWholeBatchInTheIndex() throws IOException {
		Path document = write("huge-title", document("x".repeat(1 << 20), "https://example.org/a", "example.org"));

		assertThatThrownBy(() -> parser.parse(document)).isInstanceOfSatisfying(DocumentRejectedException.class,
				rejected -> {
					assertThat(rejected.problem().field()).isEqualTo("title");
					assertThat(rejected.problem().reason())
						.isEqualTo("title is 1048576 characters long, more than 1000");
				});
	}

	@Test
	void anAddressOfTenThousandCharactersIsRejected() throws IOException {
		Path document = write("huge-url",
				document("A long address", "https://example.org/" + "a".repeat(10_000), "example.org"));

		assertThatThrownBy(() -> parser.parse(document)).isInstanceOfSatisfying(DocumentRejectedException.class,
				rejected -> assertThat(rejected.problem().reason())
					.startsWith("URL is 10020 characters long, more than 2048"));
	}

	@Test
	void tenThousandLevelsOfNestingAreStoppedByTheNestingLimitNotByTheStack() throws IOException {
		Path document = write("deep", "---\ntitle: deep\nwebUrl: https://example.org/a\nnested: " + "[".repeat(10_000)
				+ "]".repeat(10_000) + "\n---\n");

		assertThatThrownBy(() -> parser.parse(document)).isInstanceOf(DocumentRejectedException.class)
			.hasMessageEndingWith("invalid YAML: Nesting Depth exceeded max 32");
	}

	private static String document(String title, String url, String domain) {
		return """
				---
				title: "%s"
				webUrl: "%s"
				provider:
				  name: "An outlet"
				  domain: "%s"
				---
				""".formatted(title, url, domain);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name.replace(' ', '-') + ".md"), text);
	}

}
