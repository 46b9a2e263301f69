package org.newsgraph.query;

import java.util.HashSet;
import java.util.Set;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How much two outlets' coverage overlaps, from the number of stories each covered and
 * the number both covered.
 *
 * @param jaccard shared stories over the stories either covered: 1 when they cover
 * exactly the same stories
 * @param overlapCoefficient shared stories over the smaller outlet's stories: 1 when one
 * covers everything the other covers (Szymkiewicz–Simpson)
 */
@Serdeable
public record Overlap(long shared, long storiesA, long storiesB, double jaccard, double overlapCoefficient) {

	public static Overlap of(long shared, long storiesA, long storiesB) {
		if (shared < 0 || shared > Math.min(storiesA, storiesB)) {
			throw new IllegalArgumentException(
					"cannot share " + shared + " stories between sets of " + storiesA + " and " + storiesB);
		}
		long union = storiesA + storiesB - shared;
		long smaller = Math.min(storiesA, storiesB);
		return new Overlap(shared, storiesA, storiesB, union == 0 ? 0 : (double) shared / union,
				smaller == 0 ? 0 : (double) shared / smaller);
	}

	/**
	 * From counts read by separate statements or subqueries. Neo4j reads committed data
	 * statement by statement, so a story formed by the analysis between two counts can
	 * make the shared stories outnumber one side's: each side is then taken to hold the
	 * shared stories, rather than the read failing.
	 */
	public static Overlap counted(long shared, long storiesA, long storiesB) {
		return of(shared, Math.max(storiesA, shared), Math.max(storiesB, shared));
	}

	public static <T> Overlap between(Set<T> a, Set<T> b) {
		Set<T> shared = new HashSet<>(a);
		shared.retainAll(b);
		return of(shared.size(), a.size(), b.size());
	}

	public double score(SimilarityMeasure measure) {
		return measure == SimilarityMeasure.OVERLAP ? overlapCoefficient : jaccard;
	}

}
