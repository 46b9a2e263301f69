package org.newsgraph.analysis.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * Where the document frequencies wait between rounds: in the graph, for whichever process
 * runs the next round, and in this process as its last round left them, so that a stream
 * of small rounds does not read the vocabulary of the whole corpus back each time. The
 * graph names the round that kept them; this process's copy is used only if it is that
 * round's, so a round run by another process (newsgraph against the same server) since is
 * never missed.
 * <p>
 * A round takes them, forgetting them in the graph, before it changes any story, and
 * keeps them again only when it ends with no article pending and none added meanwhile. A
 * round cut short so leaves none that are out of date, and the next one counts afresh.
 */
final class KeptFrequencies {

	private static final CypherStatement KEPT_ROUND = CypherStatement.load("analysis/kept-frequencies-round");

	private static final CypherStatement KEPT = CypherStatement.load("analysis/kept-document-frequencies");

	private static final CypherStatement FORGET = CypherStatement.load("analysis/forget-document-frequencies");

	private static final CypherStatement KEEP = CypherStatement.load("analysis/keep-document-frequencies");

	private static final CypherStatement COUNTED = CypherStatement.load("analysis/document-frequencies");

	private static final CypherStatement ARTICLES = CypherStatement.load("read/article-count");

	private static final CypherStatement PENDING = CypherStatement.load("analysis/pending-range");

	private final Graph graph;

	private DocumentFrequencies remembered;

	KeptFrequencies(Graph graph) {
		this.graph = graph;
	}

	/**
	 * The kept frequencies, forgotten in the graph as they are taken.
	 * @return null when none were kept
	 */
	synchronized DocumentFrequencies take() {
		List<Record> round = graph.read(tx -> tx.run(KEPT_ROUND.text()).list());
		DocumentFrequencies mine = remembered;
		DocumentFrequencies taken = null;
		if (!round.isEmpty()) {
			boolean mineAreTheGraphs = mine != null && round.get(0).get("round").asString("").equals(mine.round());
			taken = mineAreTheGraphs ? mine : read();
		}
		forget();
		return taken;
	}

	private DocumentFrequencies read() {
		Record kept = graph.read(tx -> tx.run(KEPT.text()).single());
		List<String> stems = kept.get("stems").asList(Value::asString);
		List<Long> counts = kept.get("counts").asList(Value::asLong);
		Map<String, Long> frequencies = new HashMap<>(stems.size() * 2);
		for (int i = 0; i < stems.size(); i++) {
			frequencies.put(stems.get(i), counts.get(i));
		}
		return new DocumentFrequencies(frequencies, kept.get("articles").asLong(), kept.get("round").asString(null));
	}

	synchronized void forget() {
		remembered = null;
		graph.write(tx -> tx.run(FORGET.text()).consume());
	}

	/**
	 * The frequencies over every article: the settled ones' from those kept if no article
	 * was deleted since, else counted afresh, and the pending ones' current stems.
	 * @param kept null when none were kept
	 * @param pending the articles pending now, whose current stems are counted apart
	 */
	TermWeights weights(DocumentFrequencies kept, long pending, Map<String, Long> pendingCounts) {
		long articlesNow = graph.read(tx -> tx.run(ARTICLES.text()).single().get("total").asLong());
		if (kept != null && kept.countSettled(articlesNow, pending)) {
			return new TermWeights(kept.with(pendingCounts), articlesNow);
		}
		Map<String, Long> frequencies = new HashMap<>(pendingCounts);
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
	synchronized void keep(TermWeights weights) {
		long pending = graph.read(tx -> tx.run(PENDING.text()).single().get("pending").asLong());
		long articlesNow = graph.read(tx -> tx.run(ARTICLES.text()).single().get("total").asLong());
		if (pending > 0 || articlesNow != weights.articles()) {
			return;
		}
		String round = UUID.randomUUID().toString();
		List<String> stems = List.copyOf(weights.documentFrequencies().keySet());
		List<Long> counts = stems.stream().map(weights.documentFrequencies()::get).toList();
		graph.write(tx -> tx
			.run(KEEP.text(), Map.of("stems", stems, "counts", counts, "articles", articlesNow, "round", round))
			.consume());
		remembered = new DocumentFrequencies(weights.documentFrequencies(), articlesNow, round);
	}

}
