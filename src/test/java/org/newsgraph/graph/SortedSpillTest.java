package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedSpillTest {

	@Test
	void rowsComeOutByKeyAndInTheOrderAddedWithinAKeyAcrossRunsOnDisk(@TempDir Path work) {
		Random random = new Random(7);
		List<String> added = new ArrayList<>();
		try (SortedSpill spill = new SortedSpill(work, 2_000)) {
			for (int i = 0; i < 5_000; i++) {
				String key = "key-" + random.nextInt(300);
				spill.add(key, (key + "#" + i).getBytes(StandardCharsets.UTF_8));
				added.add(key + "#" + i);
			}
			assertThat(spill.runs()).as("runs written to disk").isGreaterThan(10);

			List<String> sorted = new ArrayList<>();
			for (Iterator<SortedSpill.Row> rows = spill.sorted(); rows.hasNext();) {
				sorted.add(new String(rows.next().bytes(), StandardCharsets.UTF_8));
			}

			List<String> expected = new ArrayList<>(added);
			expected.sort((a, b) -> {
				int byKey = a.substring(0, a.indexOf('#')).compareTo(b.substring(0, b.indexOf('#')));
				return byKey != 0 ? byKey : Integer.compare(order(a), order(b));
			});
			assertThat(sorted).isEqualTo(expected);
		}
		assertThat(work).isEmptyDirectory();
	}

	@Test
	void aSpillThatNeverReachedItsBoundSortsInMemory(@TempDir Path work) {
		try (SortedSpill spill = new SortedSpill(work, 1 << 20)) {
			spill.add("b", new byte[] { 1 });
			spill.add("a", new byte[] { 2 });
			spill.add("b", new byte[] { 3 });

			List<Byte> sorted = new ArrayList<>();
			spill.sorted().forEachRemaining(row -> sorted.add(row.bytes()[0]));

			assertThat(sorted).containsExactly((byte) 2, (byte) 1, (byte) 3);
			assertThat(spill.runs()).isZero();
		}
	}

	private static int order(String row) {
		return Integer.parseInt(row.substring(row.indexOf('#') + 1));
	}

}
