package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleanTextTest {

	@Test
	void mojibakeFromTheSeedsIsRepairedAndTheRawTextKept() {
		String seed = "Passing an ordinance â€œis the right thing to do as the technology becomes more pervasive";

		CleanText clean = CleanText.of(seed);

		assertThat(clean.value())
			.isEqualTo("Passing an ordinance \u201cis the right thing to do as the technology becomes more pervasive");
		assertThat(clean.raw()).isEqualTo(seed);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			cafÃ©                                    | café
			â€œquotedâ€\u009d                        | \u201cquoted\u201d
			UKâ€™s biggest police force              | UK\u2019s biggest police force
			Fish &#038; Chips                        | Fish & Chips
			Fish &amp;#038; Chips                    | Fish & Chips
			Tom &amp; Jerry&nbsp;&ndash; a review    | Tom & Jerry \u2013 a review
			""")
	void doubleEncodedTextAndEntitiesAreRepaired(String given, String clean) {
		assertThat(CleanText.of(given).value()).isEqualTo(clean);
	}

	@ParameterizedTest
	@ValueSource(strings = { "café au lait", "naïve façade", "Zürich – 5 °C", "\u201cproperly quoted\u201d",
			"Ã alone is not double-encoded", "AT&T and R&D" })
	void textThatIsNotProvablyDoubleEncodedIsLeftAlone(String given) {
		CleanText clean = CleanText.of(given);

		assertThat(clean.value()).isEqualTo(given);
		assertThat(clean.changed()).isFalse();
	}

	@Test
	void whiteSpaceIsNormalised() {
		assertThat(CleanText.of("  two\nlines\u00A0and\ttabs  ").value()).isEqualTo("two lines and tabs");
	}

}
