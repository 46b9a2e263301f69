package org.newsgraph.analysis.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * In how many articles each word stem occurs, kept in the graph by the round that last
 * brought every article into a story. The next round, often a few hundred articles of the
 * latest news, starts from them instead of reading the stems of every article of the
 * corpus again: it takes away the stems stored with the articles that are pending again
 * (changed since), and counts the pending articles' current stems itself.
 * <p>
 * A round forgets them before it changes any story and keeps them again only when it ends
 * with no article pending and none added meanwhile. Deleting articles is the one other
 * change that alters them; the count of articles shows it, and the round then counts
 * afresh over every article.
 */
final class DocumentFrequencies {

	private static final CypherStatement KEPT = CypherStatement.load("analysis/kept-document-frequencies");

	private static final CypherStatement FORGET = CypherStatement.load("analysis/forget-document-frequencies");

	private static final CypherStatement KEEP = CypherStatement.load("analysis/keep-document-frequencies");

	private static final CypherStatement COUNTED = CypherStatement.load("analysis/document-frequencies");

	private static final CypherStatement ARTICLES = CypherStatement.load("read/article-count");

	private static final CypherStatement PENDING = CypherStatement.load("analysis/pending-range");

	private final Map<String, Long> counts;

	/** Articles when they were kept: all of them were in a story. */
	private final long articles;

	/** Articles counted in them that are pending now. */
	private long pendingSince;

	private DocumentFrequencies(Map<String, Long> counts, long articles) {
		this.counts = counts;
		this.articles = articles;
	}

	/**
	 * The kept frequencies, forgotten in the graph as they are taken.
	 * @return null when none were kept
	 */
	static DocumentFrequencies take(Graph graph) {
		List<Record> kept = graph.read(tx -> tx.run(KEPT.text()).list());
		if (kept.isEmpty()) {
			return null;
		}
		forget(graph);
		List<String> stems = kept.get(0).get("stems").asList(Value::asString);
		List<Long> counts = kept.get(0).get("counts").asList(Value::asLong);
		Map<String, Long> frequencies = new HashMap<>(stems.size() * 2);
		for (int i = 0; i < stems.size(); i++) {
			frequencies.put(stems.get(i), counts.get(i));
		}
		return new DocumentFrequencies(frequencies, kept.get(0).get("articles").asLong());
	}

	static void forget(Graph graph) {
		graph.write(tx -> tx.run(FORGET.text()).consume());
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
	 * The frequencies over the articles that are in a story now, from those kept if no
	 * article was deleted since, else counted afresh.
	 * @param kept null when none were kept
	 * @param pending the articles pending now, whose current stems are counted apart
	 */
	static TermWeights settled(Graph graph, DocumentFrequencies kept, long pending, Map<String, Long> pendingCounts) {
		long articlesNow = graph.read(tx -> tx.run(ARTICLES.text()).single().get("total").asLong());
		Map<String, Long> frequencies = new HashMap<>(pendingCounts);
		if (kept != null && articlesNow - pending == kept.articles - kept.pendingSince) {
			kept.counts.forEach((stem, count) -> {
				if (count > 0) {
					frequencies.merge(stem, count, Long::sum);
				}
			});
			return new TermWeights(frequencies, articlesNow);
		}
		Record row = graph.read(tx -> tx.run(COUNTED.text()).single());
		for (Value pair : row.get("frequencies").values()) {
			frequencies.merge(pair.get(0).asString(), pair.get(1).asLong(), Long::sum);
		}
		return new TermWeights(frequencies, row.get("articles").asLong());
	}

	/**
	 * Keeps the round's frequencies, now those of every article's stored stems, if the
	 * round ended with every article in a story and no article added since it began.
	 */
	static void keep(Graph graph, TermWeights weights) {
		long pending = graph.read(tx -> tx.run(PENDING.text()).single().get("pending").asLong());
		long articlesNow = graph.read(tx -> tx.run(ARTICLES.text()).single().get("total").asLong());
		if (pending > 0 || articlesNow != weights.articles()) {
			return;
		}
		List<String> stems = List.copyOf(weights.documentFrequencies().keySet());
		List<Long> counts = stems.stream().map(weights.documentFrequencies()::get).toList();
		graph.write(
				tx -> tx.run(KEEP.text(), Map.of("stems", stems, "counts", counts, "articles", articlesNow)).consume());
	}

}
