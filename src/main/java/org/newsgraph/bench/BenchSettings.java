package org.newsgraph.bench;

import java.nio.file.Path;

/**
 * @param seed the generator's seed: the same seed, the same corpus
 * @param naiveSample how many documents the naive baseline loads (one transaction each is
 * slow; its rate does not change with the sample's size)
 * @param calls timed calls per read, after as many again to warm the server up
 * @param workDir where corpora and databases are made
 * @param keep whether they stay after the run
 * @param streamed documents uploaded after the corpus, as news arriving (none: no stream)
 * @param streamBatch documents per upload
 */
public record BenchSettings(long seed, int naiveSample, int calls, Path workDir, boolean keep, int streamed,
		int streamBatch) {
}
