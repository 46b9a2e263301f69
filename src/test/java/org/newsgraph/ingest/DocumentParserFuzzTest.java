package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated documents thrown at the parser: whatever a file holds, reading it gives
 * documents or problems (with a reason), and no exception escapes: not a stack overflow,
 * not YAML's or the JDK's own exceptions.
 */
class DocumentParserFuzzTest {

	private static final List<String> KEYS = List.of("title", "excerpt", "webUrl", "originalUrl", "ampWebUrl",
			"publishedDateTime", "quality", "heat", "published", "provider", "domain", "name", "images", "url", "width",
			"topics", "related", "news", "category", "locale", "&anchor", "*anchor", "<<", "? complex");

	private static final List<String> VALUES = List.of("https://example.org/a", "javascript:alert(1)",
			"2021-08-23T05:30:00Z", "2021-13-45", "-1", "9999999999999999999999", "true", "null", "~", "[]", "{}",
			"[a, [b, [c]]]", "{a: {b: {c: d}}}", "*anchor", "&anchor x", "!!binary aGVsbG8=", "!!java.io.File /etc",
			"'unclosed", "\"\\u202Eevil\"", "\u200Bzero", "|\n  block", ">\n  folded", "\t", "\\", "%YAML 1.1", "---",
			"...");

	private final DocumentParser parser = new DocumentParser(IngestLimits.defaults());

	@Property(tries = 400)
	void aGeneratedFrontMatterDocumentIsReadOrRejectedNeverAnythingElse(@ForAll("frontMatter") String text)
			throws IOException {
		assertThat(outcomes(text.getBytes(StandardCharsets.UTF_8), ".md")).hasSize(1);
	}

	@Property(tries = 200)
	void arbitraryBytesAreReadOrRejectedNeverAnythingElse(@ForAll byte[] bytes) throws IOException {
		assertThat(outcomes(bytes, ".md")).hasSize(1);
	}

	/** Blank lines are no records, so an empty file gives nothing, and that is fine. */
	@Property(tries = 200)
	void arbitraryTextAsJsonLinesGivesARecordOrAProblemPerLineNeverAnException(@ForAll String text) throws IOException {
		assertThat(outcomes(text.getBytes(StandardCharsets.UTF_8), ".jsonl").size())
			.isLessThanOrEqualTo((int) text.lines().count());
	}

	@Provide
	Arbitrary<String> frontMatter() {
		Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().ofMaxLength(12));
		Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().ofMaxLength(40));
		Arbitrary<String> indent = Arbitraries.of("", "", "  ", "    ", "- ", "  - ");
		Arbitrary<String> line = Combinators.combine(indent, key, value)
			.as((spaces, name, text) -> spaces + name + ": " + text);
		return line.list().ofMaxSize(30).map(lines -> "---\n" + String.join("\n", lines) + "\n---\n");
	}

	/**
	 * The documents and problems reading a file gives; any exception fails the property.
	 */
	private List<Object> outcomes(byte[] content, String extension) throws IOException {
		Path file = Files.createTempFile("fuzz", extension);
		try {
			Files.write(file, content);
			List<Object> outcomes = new ArrayList<>();
			parser.read(file, outcomes::add, problem -> {
				assertThat(problem.reason()).isNotBlank();
				outcomes.add(problem);
			});
			return outcomes;
		}
		finally {
			Files.delete(file);
		}
	}

}
