package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.newsgraph.NewsgraphException;

/**
 * Batches of parsed documents (or anything else read in order), made on a thread of their
 * own while the caller writes the previous ones: parsing and normalising cost about a
 * third of a load, and this way they overlap with the database's work instead of adding
 * to it. At most two batches wait, so memory stays bounded however large the corpus.
 */
final class ParsedBatches<T> implements AutoCloseable {

	/** Compared by identity: an empty batch is never handed out otherwise. */
	private final List<T> end = new ArrayList<>(0);

	private final BlockingQueue<List<T>> ready = new ArrayBlockingQueue<>(2);

	private final Thread parsing;

	private volatile Throwable failure;

	/**
	 * @param parse reads every document, handing each to the consumer it is given; runs
	 * on the parsing thread
	 */
	ParsedBatches(int batchSize, Consumer<Consumer<T>> parse) {
		this.parsing = new Thread(() -> {
			List<T> batch = new ArrayList<>(batchSize);
			try {
				parse.accept(document -> {
					batch.add(document);
					if (batch.size() >= batchSize) {
						hand(List.copyOf(batch));
						batch.clear();
					}
				});
				if (!batch.isEmpty()) {
					hand(List.copyOf(batch));
				}
			}
			catch (RuntimeException | Error ex) {
				failure = ex;
			}
			finally {
				handEnd();
			}
		}, "newsgraph-parser");
		this.parsing.setDaemon(true);
		this.parsing.start();
	}

	/**
	 * @return the next batch, or {@code null} once every document has been handed out
	 * @throws RuntimeException what the parsing thread failed with, once the batches
	 * before the failure have been handed out
	 */
	List<T> next() {
		List<T> batch;
		try {
			batch = ready.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Interrupted while waiting for parsed documents", ex);
		}
		if (batch == end) {
			if (failure instanceof Error error) {
				throw error;
			}
			if (failure != null) {
				throw (RuntimeException) failure;
			}
			return null;
		}
		return batch;
	}

	/**
	 * Stops the parsing thread if it is still going (the writes failed) and waits for it,
	 * so that no file is read once the load has returned.
	 */
	@Override
	public void close() {
		parsing.interrupt();
		try {
			parsing.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void hand(List<T> batch) {
		try {
			ready.put(batch);
		}
		catch (InterruptedException ex) {
			// Still interrupted, so that handing out the end does not wait
			// for room either.
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Parsing stopped: the load was abandoned", ex);
		}
	}

	private void handEnd() {
		try {
			ready.put(end);
		}
		catch (InterruptedException ex) {
			// Nobody is waiting any more: close() was called.
		}
	}

}
