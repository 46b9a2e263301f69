package org.newsgraph.query;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.newsgraph.graph.Graph;

/**
 * Answers of reads, kept until the graph changes. The graph changes only when documents
 * are loaded or analysed, while the same pages (the network, an outlet, the story list)
 * are asked for again and again; counting across the whole graph once per change instead
 * of once per request is what keeps those reads fast under many users.
 * <p>
 * After a change, the first caller of an answer has it worked out afresh, and waits for
 * it at most {@code fresh-within} if an older answer is kept: past that, it gets the
 * older one, and the fresh one replaces it when done. Callers asking meanwhile get the
 * older one at once. So while news keeps arriving, reads are answered at the speed of
 * kept answers, at most one change behind the graph (more only while answers take longer
 * to work out than the news takes to arrive), and at most one answer per core is worked
 * out at a time in the background. A failed read is not kept.
 */
@Singleton
public final class ReadCache {

	private final Supplier<Object> revision;

	private final int capacity;

	private final Duration freshWithin;

	private final ExecutorService refreshes;

	/** The least recently used first; guarded by this. */
	private final Map<List<Object>, Entry> answers = new LinkedHashMap<>(16, 0.75f, true);

	/** Of every answer kept; guarded by this. */
	private int weightKept;

	@Inject
	ReadCache(Graph graph, ReadSettings settings) {
		this(() -> graph.revision(settings.revalidateAfter()), settings.cacheAnswers(), settings.freshWithin());
	}

	ReadCache(Supplier<Object> revision, int capacity, Duration freshWithin) {
		this.revision = revision;
		this.capacity = capacity;
		this.freshWithin = freshWithin;
		this.refreshes = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), refreshThreads());
	}

	/**
	 * The answer kept under this key for the graph as it is now, or the read's answer,
	 * then kept.
	 * @param key what makes the answer: the read's name and every argument it takes
	 */
	<T> T get(Supplier<T> read, Object... key) {
		return weighed(read, answer -> 1, key);
	}

	/**
	 * As {@link #get}, for answers that may hold far more than a page (a network of
	 * thousands of edges): each counts for as many ordinary answers as its weight says,
	 * so that a few of them cannot fill the heap.
	 */
	@SuppressWarnings("unchecked")
	<T> T weighed(Supplier<T> read, ToIntFunction<T> weight, Object... key) {
		if (capacity == 0) {
			return read.get();
		}
		Object now = revision.get();
		List<Object> answerKey = Arrays.asList(key);
		Entry started;
		Entry kept;
		synchronized (this) {
			kept = answers.get(answerKey);
			if (kept == null || !Objects.equals(kept.revision(), now)) {
				started = kept == null ? Entry.first(now) : kept.refreshedFor(now);
				keep(answerKey, started);
			}
			else {
				started = null;
			}
		}
		if (started == null) {
			return (T) (kept.answer().isDone() || !kept.hasOlder() ? waitFor(kept.answer()) : kept.older());
		}
		if (!started.hasOlder()) {
			return workOut(read, weight, answerKey, started);
		}
		refreshes.execute(() -> {
			try {
				workOut(read, weight, answerKey, started);
			}
			catch (RuntimeException | Error ex) {
				// The caller gets the failure from the answer, if it still waits.
			}
		});
		return (T) waitAtMostFreshWithin(started);
	}

	/** Forgets every answer, so that the next reads are worked out afresh. */
	public synchronized void clear() {
		answers.clear();
		weightKept = 0;
	}

	@PreDestroy
	void close() {
		refreshes.shutdownNow();
	}

	private <T> T workOut(Supplier<T> read, ToIntFunction<T> weigh, List<Object> key, Entry entry) {
		T value;
		try {
			value = read.get();
		}
		catch (RuntimeException | Error ex) {
			synchronized (this) {
				if (answers.get(key) == entry) {
					answers.remove(key);
					weightKept -= entry.weight();
				}
			}
			entry.answer().completeExceptionally(ex);
			throw ex;
		}
		synchronized (this) {
			if (answers.get(key) == entry) {
				keep(key, entry.done(Math.max(1, weigh.applyAsInt(value))));
			}
		}
		entry.answer().complete(value);
		return value;
	}

	private Object waitAtMostFreshWithin(Entry started) {
		try {
			return started.answer().get(freshWithin.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			return started.older();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return started.older();
		}
		catch (ExecutionException ex) {
			throw rethrown(ex.getCause());
		}
	}

	private static Object waitFor(CompletableFuture<Object> answer) {
		try {
			return answer.join();
		}
		catch (CompletionException ex) {
			throw rethrown(ex.getCause());
		}
	}

	private static RuntimeException rethrown(Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new CompletionException(failure);
	}

	/** Drops the least recently used others until the weights fit. */
	private void keep(List<Object> key, Entry entry) {
		Entry replaced = answers.put(key, entry);
		weightKept += entry.weight() - (replaced == null ? 0 : replaced.weight());
		Iterator<Map.Entry<List<Object>, Entry>> eldest = answers.entrySet().iterator();
		while (weightKept > capacity && eldest.hasNext()) {
			Map.Entry<List<Object>, Entry> candidate = eldest.next();
			if (!candidate.getKey().equals(key)) {
				weightKept -= candidate.getValue().weight();
				eldest.remove();
			}
		}
	}

	private static ThreadFactory refreshThreads() {
		AtomicInteger count = new AtomicInteger();
		return work -> {
			Thread thread = new Thread(work, "read-refresh-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * The answer for one revision of the graph, done or being worked out, and the answer
	 * of an earlier revision to give meanwhile.
	 *
	 * @param older the last answer worked out for an earlier revision, or null
	 * @param weight as many ordinary answers as it counts for: the older one's until done
	 */
	private record Entry(Object revision, CompletableFuture<Object> answer, Object older, int weight) {

		static Entry first(Object revision) {
			return new Entry(revision, new CompletableFuture<>(), null, 1);
		}

		boolean hasOlder() {
			return older != null;
		}

		/** The same answer for a later revision, to be worked out again. */
		Entry refreshedFor(Object now) {
			boolean answered = answer.isDone() && !answer.isCompletedExceptionally();
			return new Entry(now, new CompletableFuture<>(), answered ? answer.join() : older, weight);
		}

		Entry done(int answerWeight) {
			return new Entry(revision, answer, null, answerWeight);
		}

	}

}
