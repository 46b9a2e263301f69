package org.newsgraph.analysis.stories;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * What a round must know of all its articles before it compares any: the document
 * frequencies of the words, how the articles write them (for names), where in time the
 * pending articles lie, and the stories they leave. Read a page of texts at a time and
 * kept as counts, so that a round never holds the corpus: the words of every article are
 * weighed as one pass over all of them would weigh them, whatever the windows.
 *
 * @param weights TF-IDF weights over the whole graph, with the pending articles' current
 * words (see {@link DocumentFrequencies})
 * @param capitalisation over the pending articles and the others published within the
 * link window of them
 * @param pendingPerDay pending dated articles per UTC day
 * @param undated the pending articles without a date
 * @param leftStories the stories the pending articles are in now
 * @param compared the articles whose texts were read: pending or near one in time
 */
record RoundStatistics(TermWeights weights, Capitalisation capitalisation, TreeMap<Long, Integer> pendingPerDay,
		List<String> undated, Set<String> leftStories, long compared) {

	private static final int PAGE = 5_000;

	/** Settled articles are read this many days at a time. */
	private static final int SETTLED_DAYS = 30;

	private static final CypherStatement PENDING_TEXTS = CypherStatement.load("analysis/pending-texts");

	private static final CypherStatement SETTLED_TEXTS = CypherStatement.load("analysis/settled-texts");

	/**
	 * @param ids numbers every pending article, in id order, before any other article
	 * @param span how far apart two articles may be linked
	 * @param keptFrequencies taken here, kept again by the round if it ends with every
	 * article in a story
	 */
	static RoundStatistics read(Graph graph, ArticleIds ids, Duration span, ParsedTexts texts,
			KeptFrequencies keptFrequencies) {
		Map<String, Long> frequencies = new HashMap<>();
		Capitalisation capitalisation = new Capitalisation();
		TreeMap<Long, Integer> perDay = new TreeMap<>();
		List<String> undated = new ArrayList<>();
		Set<String> stories = new HashSet<>();
		DocumentFrequencies kept = keptFrequencies.take();
		String after = "";
		while (true) {
			Map<String, Object> parameters = Map.of("after", after, "limit", PAGE, "storedTerms", kept != null);
			List<Record> page = graph.read(tx -> tx.run(PENDING_TEXTS.text(), parameters).list());
			if (page.isEmpty()) {
				break;
			}
			for (Record article : page) {
				String id = article.get("id").asString();
				ids.number(id);
				String title = article.get("title").asString(null);
				String excerpt = article.get("excerpt").asString(null);
				ParsedText text = texts.of(id, title, excerpt);
				text.terms().distinctStems().forEach(stem -> frequencies.merge(stem, 1L, Long::sum));
				capitalisation.count(text);
				if (kept != null) {
					kept.pending(article.get("storedTerms"));
				}
				Value published = article.get("publishedAt");
				if (published.isNull()) {
					undated.add(id);
				}
				else {
					perDay.merge(published.asZonedDateTime().toInstant().getEpochSecond() / 86_400, 1, Integer::sum);
				}
				if (!article.get("story").isNull()) {
					stories.add(article.get("story").asString());
				}
			}
			after = page.get(page.size() - 1).get("id").asString();
		}
		long settled = perDay.isEmpty() ? 0 : countSettled(graph, capitalisation, perDay, span, texts);
		TermWeights weights = keptFrequencies.weights(kept, ids.size(), frequencies);
		return new RoundStatistics(weights, capitalisation, perDay, List.copyOf(undated), Set.copyOf(stories),
				ids.size() + settled);
	}

	/**
	 * The settled articles' document frequencies are the terms stored with them; only how
	 * they write their words is read here: those within the link window of a pending
	 * article's day, a month of them at a time. A small load of recent news reads only
	 * the last weeks, not every year between it and the oldest pending article.
	 */
	private static long countSettled(Graph graph, Capitalisation capitalisation, TreeMap<Long, Integer> perDay,
			Duration span, ParsedTexts texts) {
		long settled = 0;
		for (Instant[] range : nearPending(perDay, span)) {
			for (Instant from = range[0]; from.isBefore(range[1]); from = from.plus(Duration.ofDays(SETTLED_DAYS))) {
				Instant to = from.plus(Duration.ofDays(SETTLED_DAYS));
				Map<String, Object> parameters = Map.of("from", utc(from), "to",
						utc(to.isBefore(range[1]) ? to : range[1]));
				settled += graph.read(tx -> {
					long[] count = { 0 };
					tx.run(SETTLED_TEXTS.text(), parameters).forEachRemaining(text -> {
						capitalisation.count(texts.of(text.get("id").asString(), text.get("title").asString(null),
								text.get("excerpt").asString(null)));
						count[0]++;
					});
					return count[0];
				});
			}
		}
		return settled;
	}

	/** The times within the link window of a pending day, joined where they overlap. */
	private static List<Instant[]> nearPending(TreeMap<Long, Integer> perDay, Duration span) {
		List<Instant[]> ranges = new ArrayList<>();
		for (long day : perDay.keySet()) {
			Instant from = Instant.ofEpochSecond(day * 86_400).minus(span);
			Instant to = Instant.ofEpochSecond((day + 1) * 86_400).plus(span);
			Instant[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
			if (last != null && !from.isAfter(last[1])) {
				last[1] = to;
			}
			else {
				ranges.add(new Instant[] { from, to });
			}
		}
		return ranges;
	}

	static ZonedDateTime utc(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
