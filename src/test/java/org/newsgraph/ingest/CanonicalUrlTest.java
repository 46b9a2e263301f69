package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			HTTPS://WWW.Example.ORG/Path/Case | https://www.example.org/Path/Case
			https://example.org | https://example.org/
			https://example.org:443/a | https://example.org/a
			http://example.org:80/a | http://example.org/a
			http://example.org:8080/a | http://example.org:8080/a
			https://example.org/a#section | https://example.org/a
			https://example.org/a?utm_source=x&id=3&utm_medium=y | https://example.org/a?id=3
			https://example.org/a?fbclid=abc | https://example.org/a
			https://example.org./a | https://example.org/a
			'https://example.org/a b' | https://example.org/a%20b
			""")
	void canonicalFormsAreComparable(String given, String canonical) {
		assertThat(CanonicalUrl.of(given)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/a", "/relative/path",
			"https://" })
	void onlyAbsoluteWebUrlsAreAccepted(String given) {
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of(given));
	}

	@Test
	void theIdIsStableAndDiffersBetweenUrls() {
		String id = CanonicalUrl.idOf("https://example.org/a");

		assertThat(id).isEqualTo(CanonicalUrl.idOf("https://example.org/a")).hasSize(20);
		assertThat(id).isNotEqualTo(CanonicalUrl.idOf("https://example.org/b"));
	}

	@Test
	void anOutletHostDropsWww() {
		assertThat(CanonicalUrl.hostOf("https://www.bbc.co.uk/news")).isEqualTo("bbc.co.uk");
	}

}
