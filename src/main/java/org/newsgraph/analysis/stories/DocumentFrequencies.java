package org.newsgraph.analysis.stories;

import java.util.Map;

import org.neo4j.driver.Value;

/**
 * In how many articles each word stem occurs, as the round that last brought every
 * article into a story left them ({@link KeptFrequencies}). The next round, often a few
 * hundred articles of the latest news, starts from them instead of reading the stems of
 * every article of the corpus again: it takes away the stems stored with the articles
 * that are pending again (changed since), and counts the pending articles' current stems
 * itself.
 */
final class DocumentFrequencies {

	private final Map<String, Long> counts;

	/** Articles when they were kept: all of them were in a story. */
	private final long articles;

	/** Names the round that kept them. */
	private final String round;

	/** Articles counted in them that are pending now. */
	private long pendingSince;

	DocumentFrequencies(Map<String, Long> counts, long articles, String round) {
		this.counts = counts;
		this.articles = articles;
		this.round = round;
	}

	String round() {
		return round;
	}

	/**
	 * An article pending now: the stems stored with it, if it had been in a story, were
	 * counted when these were kept.
	 */
	void pending(Value storedTerms) {
		if (storedTerms.isNull()) {
			return;
		}
		pendingSince++;
		for (Value stem : storedTerms.values()) {
			counts.merge(stem.asString(), -1L, Long::sum);
		}
	}

	/**
	 * Whether they still count every settled article: none was deleted since they were
	 * kept, which the count of articles shows.
	 * @param pending the articles pending now
	 */
	boolean countSettled(long articlesNow, long pending) {
		return articlesNow - pending == articles - pendingSince;
	}

	/**
	 * The frequencies over every article, with the pending ones' current stems; these are
	 * used up in making them.
	 */
	Map<String, Long> with(Map<String, Long> pendingCounts) {
		pendingCounts.forEach((stem, count) -> counts.merge(stem, count, Long::sum));
		counts.values().removeIf(count -> count <= 0);
		return counts;
	}

}
