package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.analysis.GraphAnalysis;

/**
 * Neo4j reads committed data statement by statement, so a read that counts stories twice
 * can see the analysis's rewrite of them in between. Found in CI: the network of outlets
 * failed with "cannot share 3 stories between sets of 2 and 2" while uploads re-formed
 * stories. These reads run while the seeds' stories are formed again and again, and must
 * answer every time.
 */
class ReadsDuringReclusteringIT extends Neo4jTestBase {

	private static final int ROUNDS = 15;

	private static final NetworkFilter WHOLE_NETWORK = new NetworkFilter(null, null, null, null, 1, 500);

	@Test
	void storyListsOutletsNetworksAndOverlapsAnswerWhileStoriesAreFormedAgain() throws Exception {
		loadTheSeeds();
		NetworkQueries networks = context.getBean(NetworkQueries.class);
		OutletQueries outlets = context.getBean(OutletQueries.class);
		StoryQueries stories = context.getBean(StoryQueries.class);
		AtomicBoolean reclustering = new AtomicBoolean(true);
		ExecutorService readers = Executors.newFixedThreadPool(5);
		try {
			List<Future<Integer>> reads = new ArrayList<>();
			reads.add(readers.submit(() -> readUntil(reclustering, () -> networks.outlets(WHOLE_NETWORK))));
			reads.add(readers.submit(() -> readUntil(reclustering,
					() -> outlets.overlap("express.co.uk", "morningstaronline.co.uk", 10))));
			reads.add(readers.submit(() -> readUntil(reclustering,
					() -> outlets.similar("express.co.uk", SimilarityMeasure.JACCARD, 10, false))));
			reads.add(readers.submit(() -> readUntil(reclustering, () -> stories
				.list(new StoryFilter(null, null, null, null, null, 1, "size"), new PageRequest(0, 20)))));
			reads.add(readers.submit(() -> readUntil(reclustering, () -> outlets.byDomain("express.co.uk"))));
			GraphAnalysis analysis = context.getBean(GraphAnalysis.class);
			for (int round = 0; round < ROUNDS; round++) {
				analysis.recluster(AnalysisProgress.Listener.NONE);
			}
			reclustering.set(false);
			for (Future<Integer> read : reads) {
				assertThat(read.get(1, TimeUnit.MINUTES)).as("reads answered").isPositive();
			}
		}
		finally {
			reclustering.set(false);
			readers.shutdownNow();
		}
	}

	private static int readUntil(AtomicBoolean running, Runnable read) {
		int answered = 0;
		while (running.get()) {
			read.run();
			answered++;
		}
		return answered;
	}

}
