package org.newsgraph.query;

/** How two outlets' story sets are compared. */
public enum SimilarityMeasure {

	/** Shared over all: rewards outlets of like size covering like stories. */
	JACCARD,
	/**
	 * Shared over the smaller set: finds outlets whose coverage sits inside another's.
	 */
	OVERLAP

}
