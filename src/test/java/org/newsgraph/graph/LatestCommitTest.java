package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;

class LatestCommitTest {

	private static final Set<Bookmark> ON_SERVER = Set.of(Bookmark.from("FB:server"));

	private static final Set<Bookmark> WRITTEN_HERE = Set.of(Bookmark.from("FB:here"));

	private final LatestCommit latest = new LatestCommit();

	private final AtomicInteger asked = new AtomicInteger();

	private final Supplier<Set<Bookmark>> server = () -> {
		asked.incrementAndGet();
		return ON_SERVER;
	};

	@Test
	void theServerIsAskedFirstAndThenOnlyOnceWhatIsKnownIsOlderThanAllowed() {
		assertThat(latest.bookmarks(Duration.ofHours(1), server)).isEqualTo(ON_SERVER);
		assertThat(latest.bookmarks(Duration.ofHours(1), server)).isEqualTo(ON_SERVER);
		assertThat(asked).hasValue(1);
		latest.bookmarks(Duration.ZERO, server);
		assertThat(asked).hasValue(2);
	}

	@Test
	void aWriteThroughThisProcessIsKnownWithoutAskingTheServer() {
		latest.committed(WRITTEN_HERE);
		assertThat(latest.bookmarks(Duration.ofHours(1), server)).isEqualTo(WRITTEN_HERE);
		assertThat(asked).hasValue(0);
	}

	@Test
	void aWriteRecordedWhileTheServerAnswersIsNotOverwrittenByTheOlderAnswer() {
		Set<Bookmark> known = latest.bookmarks(Duration.ZERO, () -> {
			latest.committed(WRITTEN_HERE);
			return ON_SERVER;
		});
		assertThat(known).isEqualTo(WRITTEN_HERE);
		assertThat(latest.bookmarks(Duration.ofHours(1), server)).isEqualTo(WRITTEN_HERE);
	}

	@Test
	void whileAChangeIsUnderWayTheLastCommitBeforeItIsGiven() {
		latest.committed(ON_SERVER);
		latest.changing();
		latest.committed(WRITTEN_HERE);
		assertThat(latest.bookmarks(Duration.ZERO, server)).isEqualTo(ON_SERVER);
		assertThat(asked).hasValue(0);

		latest.changed();

		assertThat(latest.bookmarks(Duration.ofHours(1), server)).isEqualTo(WRITTEN_HERE);
	}

	@Test
	void aChangeIsCompleteOnlyWhenEveryChangeBegunWithItIs() {
		latest.committed(ON_SERVER);
		latest.changing();
		latest.changing();
		latest.committed(WRITTEN_HERE);
		latest.changed();
		assertThat(latest.bookmarks(Duration.ofHours(1), server)).isEqualTo(ON_SERVER);

		latest.changed();

		assertThat(latest.bookmarks(Duration.ofHours(1), server)).isEqualTo(WRITTEN_HERE);
	}

}
