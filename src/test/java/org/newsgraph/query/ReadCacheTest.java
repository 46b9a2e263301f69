package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadCacheTest {

	private final AtomicReference<Object> revision = new AtomicReference<>("r1");

	private final AtomicInteger reads = new AtomicInteger();

	private final Supplier<String> read = () -> "answer " + reads.incrementAndGet();

	/** Long enough for a caller to wait for any fresh answer of these tests. */
	private Duration freshWithin = Duration.ofSeconds(30);

	@Test
	void aReadIsWorkedOutOnceWhileTheGraphStaysTheSame() {
		ReadCache cache = cache(10);
		assertThat(cache.get(read, "outlet", "a.example")).isEqualTo("answer 1");
		assertThat(cache.get(read, "outlet", "a.example")).isEqualTo("answer 1");
		assertThat(reads).hasValue(1);
	}

	@Test
	void readsWithOtherArgumentsAreWorkedOutApart() {
		ReadCache cache = cache(10);
		cache.get(read, "outlet", "a.example");
		assertThat(cache.get(read, "outlet", "b.example")).isEqualTo("answer 2");
		assertThat(cache.get(read, "outlet", null)).isEqualTo("answer 3");
	}

	@Test
	void everyAnswerIsWorkedOutAgainOnceTheGraphChanged() {
		ReadCache cache = cache(10);
		cache.get(read, "outlet", "a.example");
		revision.set("r2");
		assertThat(cache.get(read, "outlet", "a.example")).isEqualTo("answer 2");
	}

	@Test
	void clearingForgetsEveryAnswer() {
		ReadCache cache = cache(10);
		cache.get(read, "outlet", "a.example");
		cache.clear();
		assertThat(cache.get(read, "outlet", "a.example")).isEqualTo("answer 2");
	}

	@Test
	void theLeastRecentlyUsedAnswerGoesFirstWhenTheCacheIsFull() {
		ReadCache cache = holding(2, "a", "b", "a");
		cache.get(read, "c");
		assertThat(cache.get(read, "a")).as("used last but one").isEqualTo("answer 1");
		assertThat(cache.get(read, "b")).as("used least recently, so dropped").isEqualTo("answer 4");
	}

	@Test
	void aHeavyAnswerMakesRoomByDroppingAsManyOfTheLeastRecentlyUsed() {
		ReadCache cache = holding(10, "a", "b", "c");
		cache.weighed(read, answer -> 9, "network");
		assertThat(cache.get(read, "c")).as("used last, so kept").isEqualTo("answer 3");
		assertThat(cache.weighed(read, answer -> 9, "network")).as("kept").isEqualTo("answer 4");
		assertThat(cache.get(read, "a")).as("dropped").isEqualTo("answer 5");
	}

	@Test
	void anAnswerHeavierThanTheWholeCacheIsKeptAlone() {
		ReadCache cache = cache(10);
		cache.get(read, "a");
		cache.weighed(read, answer -> 50, "network");
		assertThat(cache.weighed(read, answer -> 50, "network")).isEqualTo("answer 2");
		assertThat(cache.get(read, "a")).isEqualTo("answer 3");
	}

	@Test
	void withNoRoomEveryCallReads() {
		ReadCache cache = cache(0);
		cache.get(read, "a");
		cache.get(read, "a");
		assertThat(reads).hasValue(2);
	}

	@Test
	void aFailedReadIsNotKept() {
		ReadCache cache = cache(10);
		assertThatThrownBy(() -> cache.get(() -> {
			throw new NotFoundException("No outlet 'a.example'");
		}, "outlet", "a.example")).isInstanceOf(NotFoundException.class);
		assertThat(cache.get(read, "outlet", "a.example")).isEqualTo("answer 1");
	}

	@Test
	@Timeout(10)
	void callersAskingForAnAnswerBeingWorkedOutWaitForItInsteadOfReadingAgain() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		TwoCalls calls = aSecondCallWhileTheFirstReads(read, release);
		assertThat(calls.second()).as("waiting for the first").isNotDone();
		release.countDown();
		assertThat(calls.first().get(5, TimeUnit.SECONDS)).isEqualTo("answer 1");
		assertThat(calls.second().get(5, TimeUnit.SECONDS)).isEqualTo("answer 1");
		assertThat(reads).hasValue(1);
	}

	@Test
	@Timeout(10)
	void afterAChangeCallersAskingForAnAnswerBeingWorkedOutGetTheOneKeptBeforeIt() throws Exception {
		ReadCache cache = cache(10);
		assertThat(cache.get(read, "network")).isEqualTo("answer 1");
		revision.set("r2");
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = aCallWhoseReadWaits(cache, read, release);

		assertThat(cache.get(read, "network")).as("one change behind, at once").isEqualTo("answer 1");
		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("answer 2");
		assertThat(cache.get(read, "network")).isEqualTo("answer 2");
		revision.set("r3");
		assertThat(cache.get(read, "network")).as("worked out by the one caller").isEqualTo("answer 3");
		assertThat(reads).hasValue(3);
	}

	@Test
	@Timeout(10)
	void aCallerWhoseFreshAnswerTakesLongerThanItsBudgetGetsTheOlderOneAndTheFreshOneReplacesIt() throws Exception {
		freshWithin = Duration.ofMillis(100);
		ReadCache cache = cache(10);
		cache.get(read, "network");
		revision.set("r2");
		CountDownLatch release = new CountDownLatch(1);

		assertThat(cache.get(() -> {
			await(release);
			return read.get();
		}, "network")).as("after 100 ms").isEqualTo("answer 1");
		release.countDown();
		assertThat(eventually(() -> cache.get(read, "network"), "answer 2")).isEqualTo("answer 2");
		assertThat(reads).hasValue(2);
	}

	/**
	 * News arriving faster than an answer is worked out: the last answer worked out is
	 * given, not only one worked out for the revision just before.
	 */
	@Test
	@Timeout(10)
	void whileAnswersForTwoLaterRevisionsAreWorkedOutCallersGetTheLastOneDone() throws Exception {
		ReadCache cache = cache(10);
		cache.get(read, "network");
		revision.set("r2");
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> second = aCallWhoseReadWaits(cache, read, release);
		revision.set("r3");
		CompletableFuture<String> third = CompletableFuture.supplyAsync(() -> cache.get(() -> {
			await(release);
			return read.get();
		}, "network"));
		Thread.sleep(100);

		assertThat(cache.get(read, "network")).isEqualTo("answer 1");
		release.countDown();
		second.get(5, TimeUnit.SECONDS);
		assertThat(third.get(5, TimeUnit.SECONDS)).isIn("answer 2", "answer 3");
	}

	@Test
	@Timeout(10)
	void afterClearingNoCallerGetsAnAnswerKeptBefore() throws Exception {
		ReadCache cache = cache(10);
		cache.get(read, "network");
		cache.clear();
		CountDownLatch release = new CountDownLatch(1);
		aCallWhoseReadWaits(cache, read, release);
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get(read, "network"));
		Thread.sleep(100);

		assertThat(second).as("waiting for the answer being worked out").isNotDone();
		release.countDown();
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("answer 2");
	}

	@Test
	@Timeout(10)
	void callersWaitingForAReadThatFailsGetItsFailure() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		TwoCalls calls = aSecondCallWhileTheFirstReads(() -> {
			throw new InvalidQueryException("text: not a Lucene query");
		}, release);
		release.countDown();
		assertThatThrownBy(() -> calls.second().get(5, TimeUnit.SECONDS))
			.hasCauseInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> calls.first().get(5, TimeUnit.SECONDS))
			.hasCauseInstanceOf(InvalidQueryException.class);
		assertThat(reads).hasValue(0);
	}

	/**
	 * A first call whose read waits for the release, and a second call for the same
	 * answer made 100 ms after the first read started.
	 */
	private TwoCalls aSecondCallWhileTheFirstReads(Supplier<String> firstRead, CountDownLatch release)
			throws InterruptedException {
		ReadCache cache = cache(10);
		CompletableFuture<String> first = aCallWhoseReadWaits(cache, firstRead, release);
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get(read, "network"));
		Thread.sleep(100);
		return new TwoCalls(first, second);
	}

	/** A call for the network whose read has started and waits for the release. */
	private static CompletableFuture<String> aCallWhoseReadWaits(ReadCache cache, Supplier<String> read,
			CountDownLatch release) throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> cache.get(() -> {
			started.countDown();
			await(release);
			return read.get();
		}, "network"));
		started.await();
		return call;
	}

	private record TwoCalls(CompletableFuture<String> first, CompletableFuture<String> second) {
	}

	private ReadCache cache(int capacity) {
		return new ReadCache(revision::get, capacity, freshWithin);
	}

	/** A cache of this capacity that was asked for these answers, in this order. */
	private ReadCache holding(int capacity, String... keys) {
		ReadCache cache = cache(capacity);
		for (String key : keys) {
			cache.get(read, key);
		}
		return cache;
	}

	/** The cache's answer once it is the one expected, or the last one after 5 s. */
	private static String eventually(Supplier<String> answer, String expected) throws InterruptedException {
		String last = answer.get();
		for (int tries = 0; tries < 50 && !expected.equals(last); tries++) {
			Thread.sleep(100);
			last = answer.get();
		}
		return last;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
