package org.newsgraph.analysis.stories;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TermVectorTest {

	@Test
	void theDotProductAddsUpTheWeightsOfSharedStemsOnly() {
		TermVector a = TermVector.of(Map.of("police", 0.6, "scanner", 0.8));
		TermVector b = TermVector.of(Map.of("police", 0.5, "council", 0.5, "scanner", 0.5));

		assertThat(a.dot(b)).isCloseTo(0.6 * 0.5 + 0.8 * 0.5, within(1e-12));
		assertThat(b.dot(a)).isCloseTo(a.dot(b), within(1e-12));
	}

	@Test
	void stemsWithTheSameHashCodeAreStillToldApart() {
		assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
		TermVector a = TermVector.of(Map.of("Aa", 1.0, "BB", 2.0, "zz", 3.0));
		TermVector b = TermVector.of(Map.of("BB", 5.0, "zz", 7.0));

		assertThat(a.dot(b)).isCloseTo(2.0 * 5.0 + 3.0 * 7.0, within(1e-12));
	}

	@Test
	void theHeaviestStemsComeFirstAndTiesInAlphabeticalOrder() {
		TermVector vector = TermVector.of(Map.of("b", 0.5, "a", 0.5, "c", 0.9, "d", 0.1));

		assertThat(vector.heaviest(3)).containsExactly("c", "a", "b");
	}

}
