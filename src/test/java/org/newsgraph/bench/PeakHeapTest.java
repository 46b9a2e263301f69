package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PeakHeapTest {

	private static final int MEGABYTE = 1 << 20;

	@Test
	@Timeout(30)
	void heapHeldAndLetGoBeforeACollectionCountsAndThePeakStaysWithinTheHeapLimit() throws InterruptedException {
		try (PeakHeap heap = PeakHeap.watch()) {
			long before = heap.bytes();
			holdAndLetGo(64);
			System.gc();
			// Collections are told asynchronously.
			while (heap.bytes() < before + 64L * MEGABYTE) {
				Thread.sleep(10);
			}
			assertThat(heap.bytes()).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
		}
	}

	private static void holdAndLetGo(int megabytes) {
		List<byte[]> held = new ArrayList<>();
		for (int i = 0; i < megabytes; i++) {
			held.add(new byte[MEGABYTE]);
		}
		assertThat(held).hasSize(megabytes);
	}

}
