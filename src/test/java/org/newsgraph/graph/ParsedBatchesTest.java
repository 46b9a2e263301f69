package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.NewsgraphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedBatchesTest {

	@Test
	void handsOutEveryDocumentInOrderInBatchesOfTheGivenSize() {
		List<String> documents = documents(7);
		List<List<String>> batches = new ArrayList<>();
		try (ParsedBatches<String> parsed = new ParsedBatches<>(3, sink -> documents.forEach(sink))) {
			for (List<String> batch = parsed.next(); batch != null; batch = parsed.next()) {
				batches.add(batch);
			}
		}
		assertThat(batches).extracting(List::size).containsExactly(3, 3, 1);
		assertThat(batches.stream().flatMap(List::stream)).containsExactlyElementsOf(documents);
	}

	@Test
	void aParsingFailureReachesTheWriterAfterTheBatchesBeforeIt() {
		List<String> documents = documents(4);
		try (ParsedBatches<String> parsed = new ParsedBatches<>(2, sink -> {
			documents.forEach(sink);
			throw new NewsgraphException("disk gone");
		})) {
			assertThat(parsed.next()).hasSize(2);
			assertThat(parsed.next()).hasSize(2);
			assertThatThrownBy(parsed::next).hasMessage("disk gone");
		}
	}

	@Test
	void closingStopsAParserThatWaitsForRoom() throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		ParsedBatches<String> parsed = new ParsedBatches<>(1, sink -> {
			try {
				documents(100).forEach(sink);
			}
			finally {
				stopped.countDown();
			}
		});
		assertThat(parsed.next()).hasSize(1);
		parsed.close();
		assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
	}

	/**
	 * Found by this test: interrupted while handing out a batch, the parser then waited
	 * forever for room to hand out the end, a thread left behind by every failed load.
	 */
	@Test
	@Timeout(10)
	void closingReturnsOnlyOnceTheParserHasStopped() {
		AtomicBoolean parsing = new AtomicBoolean(true);
		ParsedBatches<String> parsed = new ParsedBatches<>(1, sink -> {
			try {
				documents(100).forEach(sink);
			}
			finally {
				parsing.set(false);
			}
		});
		assertThat(parsed.next()).hasSize(1);
		parsed.close();
		assertThat(parsing).isFalse();
	}

	private static List<String> documents(int count) {
		List<String> documents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			documents.add("document " + i);
		}
		return documents;
	}

}
