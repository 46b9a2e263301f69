package org.newsgraph.query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.newsgraph.graph.Graph;

/**
 * Answers of reads, kept until the graph changes. The graph changes only when documents
 * are loaded or analysed, while the same pages (the network, an outlet, the story list)
 * are asked for again and again; counting across the whole graph once per change instead
 * of once per request is what keeps those reads fast under many users. Callers asking for
 * an answer being worked out wait for it instead of working it out again. A failed read
 * is not kept.
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
		this.generation = new AtomicReference<>(new Generation(null, capacity));
	}

	/**
	 * The answer kept under this key for the graph as it is now, or the read's answer,
	 * then kept.
	 * @param key what makes the answer: the read's name and every argument it takes
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Supplier<T> read, Object... key) {
		if (capacity == 0) {
			return read.get();
		}
		Object now = revision.get();
		Generation current = generation
			.updateAndGet(kept -> Objects.equals(kept.revision(), now) ? kept : new Generation(now, capacity));
		CompletableFuture<Object> answer = new CompletableFuture<>();
		CompletableFuture<Object> earlier = current.putIfAbsent(Arrays.asList(key), answer);
		if (earlier != null) {
			return (T) waitFor(earlier);
		}
		try {
			T value = read.get();
			answer.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			current.remove(Arrays.asList(key), answer);
			answer.completeExceptionally(ex);
			throw ex;
		}
	}

	/** Forgets every answer, so that the next reads are worked out afresh. */
	public void clear() {
		generation.set(new Generation(null, capacity));
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

	/** The answers kept for one revision of the graph, the least recently used first. */
	private static final class Generation {

		private final Object revision;

		private final Map<List<Object>, CompletableFuture<Object>> answers;

		Generation(Object revision, int capacity) {
			this.revision = revision;
			this.answers = new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<List<Object>, CompletableFuture<Object>> eldest) {
					return size() > capacity;
				}

			};
		}

		Object revision() {
			return revision;
		}

		synchronized CompletableFuture<Object> putIfAbsent(List<Object> key, CompletableFuture<Object> answer) {
			return answers.putIfAbsent(key, answer);
		}

		synchronized void remove(List<Object> key, CompletableFuture<Object> answer) {
			answers.remove(key, answer);
		}

	}

}
