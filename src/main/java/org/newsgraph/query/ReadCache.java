package org.newsgraph.query;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.newsgraph.graph.Graph;

/**
 * Answers of reads, kept until the graph changes. The graph changes only when documents
 * are loaded or analysed, while the same pages (the network, an outlet, the story list)
 * are asked for again and again; counting across the whole graph once per change instead
 * of once per request is what keeps those reads fast under many users. Callers asking for
 * an answer being worked out do not work it out again: they get the answer kept for the
 * graph as it was just before the change, if there is one, or else wait for it. So while
 * news keeps arriving, only the one caller that works an answer out waits for it; the
 * others are answered at once, one change behind. A failed read is not kept.
 */
@Singleton
public final class ReadCache {

	private final Supplier<Object> revision;

	private final int capacity;

	private final AtomicReference<Generation> generation;

	@Inject
	ReadCache(Graph graph, ReadSettings settings) {
		this(() -> graph.revision(settings.revalidateAfter()), settings.cacheAnswers());
	}

	ReadCache(Supplier<Object> revision, int capacity) {
		this.revision = revision;
		this.capacity = capacity;
		this.generation = new AtomicReference<>(new Generation(null, capacity, null));
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
		Generation current = generation
			.updateAndGet(kept -> Objects.equals(kept.revision(), now) ? kept : new Generation(now, capacity, kept));
		List<Object> answerKey = Arrays.asList(key);
		CompletableFuture<Object> answer = new CompletableFuture<>();
		CompletableFuture<Object> earlier = current.putIfAbsent(answerKey, answer);
		if (earlier != null) {
			CompletableFuture<Object> before = earlier.isDone() ? null : current.answeredBefore(answerKey);
			return (T) waitFor(before != null ? before : earlier);
		}
		try {
			T value = read.get();
			current.weigh(answerKey, answer, Math.max(1, weight.applyAsInt(value)));
			answer.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			current.remove(answerKey, answer);
			answer.completeExceptionally(ex);
			throw ex;
		}
	}

	/** Forgets every answer, so that the next reads are worked out afresh. */
	public void clear() {
		generation.set(new Generation(null, capacity, null));
	}

	private static Object waitFor(CompletableFuture<Object> answer) {
		try {
			return answer.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error failure) {
				throw failure;
			}
			throw ex;
		}
	}

	/**
	 * The answers kept for one revision of the graph, the least recently used first, and
	 * their weights, which stay within the capacity.
	 */
	private static final class Generation {

		private final Object revision;

		private final int capacity;

		private final Map<List<Object>, Kept> answers = new LinkedHashMap<>(16, 0.75f, true);

		private int weight;

		/**
		 * The answers kept for the revision before, until this one has its own; only one
		 * revision back, so that the generations do not chain.
		 */
		private volatile Generation before;

		Generation(Object revision, int capacity, Generation before) {
			this.revision = revision;
			this.capacity = capacity;
			this.before = before;
			if (before != null) {
				before.before = null;
			}
		}

		Object revision() {
			return revision;
		}

		/** The answer the revision before completed under this key, if any. */
		CompletableFuture<Object> answeredBefore(List<Object> key) {
			Generation previous = before;
			if (previous == null) {
				return null;
			}
			synchronized (previous) {
				Kept kept = previous.answers.get(key);
				return kept != null && kept.answer().isDone() && !kept.answer().isCompletedExceptionally()
						? kept.answer() : null;
			}
		}

		/** An answer being worked out counts for one until it is weighed. */
		synchronized CompletableFuture<Object> putIfAbsent(List<Object> key, CompletableFuture<Object> answer) {
			Kept earlier = answers.get(key);
			if (earlier != null) {
				return earlier.answer();
			}
			keep(key, new Kept(answer, 1));
			return null;
		}

		synchronized void weigh(List<Object> key, CompletableFuture<Object> answer, int answerWeight) {
			Kept kept = answers.get(key);
			if (kept != null && kept.answer() == answer) {
				keep(key, new Kept(answer, answerWeight));
			}
		}

		synchronized void remove(List<Object> key, CompletableFuture<Object> answer) {
			Kept kept = answers.get(key);
			if (kept != null && kept.answer() == answer) {
				answers.remove(key);
				weight -= kept.weight();
			}
		}

		/** Drops the least recently used others until the weights fit. */
		private void keep(List<Object> key, Kept kept) {
			Kept replaced = answers.put(key, kept);
			weight += kept.weight() - (replaced == null ? 0 : replaced.weight());
			Iterator<Map.Entry<List<Object>, Kept>> eldest = answers.entrySet().iterator();
			while (weight > capacity && eldest.hasNext()) {
				Map.Entry<List<Object>, Kept> entry = eldest.next();
				if (!entry.getKey().equals(key)) {
					weight -= entry.getValue().weight();
					eldest.remove();
				}
			}
		}

		private record Kept(CompletableFuture<Object> answer, int weight) {
		}

	}

}
