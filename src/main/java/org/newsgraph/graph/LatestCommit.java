package org.newsgraph.graph;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.neo4j.driver.Bookmark;

/**
 * What this process knows of the database's last committed transaction: the bookmark
 * naming it. A write through this process tells it at once. Writes made elsewhere
 * (another newsgraph process, Neo4j Browser) only the server can tell, so it is asked
 * once what is known grows older than the caller accepts; one caller asks while the
 * others go on with what is known.
 * <p>
 * While a change of many transactions is under way (a load and the rounds of analysis
 * after it), the last commit before it is given: what was worked out for the graph as it
 * was stays valid until the change is complete, instead of being worked out again after
 * each of its transactions, on a graph half changed.
 */
final class LatestCommit {

	private final AtomicReference<Known> known = new AtomicReference<>(new Known(null, System.nanoTime()));

	private final AtomicBoolean asking = new AtomicBoolean();

	/** Guarded by this. */
	private int changes;

	/** The last commit known when the changes under way began; null when none is. */
	private volatile Known beforeChanges;

	synchronized void changing() {
		if (changes++ == 0) {
			beforeChanges = known.get();
		}
	}

	synchronized void changed() {
		if (--changes == 0) {
			beforeChanges = null;
		}
	}

	void committed(Set<Bookmark> bookmarks) {
		known.set(new Known(bookmarks, System.nanoTime()));
	}

	/**
	 * @return the bookmarks of the last commit known, or {@code null} while nothing is
	 * known yet and another caller is asking
	 */
	Set<Bookmark> bookmarks(Duration maxAge, Supplier<Set<Bookmark>> server) {
		Known before = beforeChanges;
		if (before != null && before.bookmarks() != null) {
			return before.bookmarks();
		}
		Known current = known.get();
		boolean stale = current.bookmarks() == null || System.nanoTime() - current.learnedAt() >= maxAge.toNanos();
		if (stale && asking.compareAndSet(false, true)) {
			try {
				// A commit recorded while the server answered is at least
				// as new as its answer.
				known.compareAndSet(current, new Known(server.get(), System.nanoTime()));
			}
			finally {
				asking.set(false);
			}
			return known.get().bookmarks();
		}
		return current.bookmarks();
	}

	private record Known(Set<Bookmark> bookmarks, long learnedAt) {
	}

}
