package org.newsgraph.analysis.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

	private static final List<String> TEXTS = List.of(
			"Police use live facial recognition cameras to scan crowds at a protest in London",
			"Campaigners call for a ban on facial recognition technology in the UK",
			"San Francisco becomes the first US city to ban face surveillance by its police",
			"Stocks slip as weak China data weighs on markets", "AI",
			"Officers scanned the faces of people at the demonstration with cameras that recognise them",
			"A new smartphone with a larger battery goes on sale next week");

	private static SentenceEncoder encoder;

	@BeforeAll
	static void loadTheModel() {
		encoder = new SentenceEncoder(256, 2);
	}

	@AfterAll
	static void closeTheModel() {
		encoder.close();
	}

	@Test
	void aTextGetsTheVectorOfLangChain4jsOwnModel() {
		float[][] vectors = encoder.encode(TEXTS);
		AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();

		for (int i = 0; i < TEXTS.size(); i++) {
			float[] expected = reference.embed(TextSegment.from(TEXTS.get(i))).content().vector();
			assertThat(vectors[i]).hasSize(SentenceEncoder.DIMENSIONS);
			assertThat(cosine(vectors[i], expected)).as(TEXTS.get(i)).isCloseTo(1.0, within(1e-4));
		}
	}

	/**
	 * The quantised model scales its numbers over a whole batch, so a text batched with
	 * others would get a vector that moves with them (cosine 0.984 measured for "AI"
	 * padded to its companions' length); a resumed run must give what an unbroken one
	 * does.
	 */
	@Test
	void aTextsVectorDependsOnItsTextAloneNotOnTheTextsEncodedWithIt() {
		float[][] together = encoder.encode(TEXTS);
		List<String> backwards = new ArrayList<>(TEXTS);
		Collections.reverse(backwards);
		float[][] reversed = encoder.encode(backwards);

		for (int i = 0; i < TEXTS.size(); i++) {
			assertThat(encoder.encode(TEXTS.get(i))).as(TEXTS.get(i)).isEqualTo(together[i]);
			assertThat(reversed[TEXTS.size() - 1 - i]).as(TEXTS.get(i)).isEqualTo(together[i]);
		}
	}

	@Test
	void aTextToldInOtherWordsIsCloserThanAnotherTextOnTheSameSubjectOrAnUnrelatedOne() {
		float[][] vectors = encoder.encode(TEXTS);
		float[] protest = vectors[0];

		double retold = cosine(protest, vectors[5]);
		assertThat(retold).isGreaterThan(cosine(protest, vectors[2]))
			.isGreaterThan(cosine(protest, vectors[3]))
			.isGreaterThan(cosine(protest, vectors[6]));
		assertThat(cosine(protest, vectors[3])).isLessThan(cosine(protest, vectors[1]));
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return dot / Math.sqrt(normA * normB);
	}

}
