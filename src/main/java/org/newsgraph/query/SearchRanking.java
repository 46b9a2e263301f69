package org.newsgraph.query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks what the words half and the meaning half of a search found. By meaning, an
 * article scores the similarity of its sentence vector to the query's; both together, it
 * also gains, up to {@code wordsWeight}, Lucene's score (as a share of the best) times
 * the square of the share of the query's words it holds. So an article holding the
 * query's words comes first, and one holding a single common word of a query put in other
 * words does not push aside those close in meaning. Measured on 20 queries in other words
 * than their stories' and 82 of their stories' own words, this kept the first at
 * meaning's hit rate and the second at Lucene's, where reciprocal rank fusion lost the
 * first (BENCHMARKS.md, "Search by meaning"). A story scores the best of its own vector's
 * similarity and its best article's score.
 */
final class SearchRanking {

	private SearchRanking() {
	}

	/** Lucene's order; a story comes where its first article does. */
	static Ranked byWords(List<WordsHit> words) {
		Map<String, Double> articles = new LinkedHashMap<>();
		Map<String, Double> stories = new LinkedHashMap<>();
		for (WordsHit hit : words) {
			articles.put(hit.id(), hit.score());
			if (hit.story() != null) {
				stories.putIfAbsent(hit.story(), hit.score());
			}
		}
		return new Ranked(sorted(articles), sorted(stories));
	}

	/**
	 * @param words empty for meaning alone
	 */
	static Ranked together(List<WordsHit> words, List<MeaningHit> articlesByMeaning, List<MeaningHit> storiesByMeaning,
			QueryWords query, double wordsWeight) {
		Map<String, Double> similarity = new HashMap<>();
		Map<String, String> storyOf = new HashMap<>();
		for (MeaningHit hit : articlesByMeaning) {
			similarity.put(hit.id(), hit.similarity());
			storyOf.put(hit.id(), hit.story());
		}
		for (WordsHit hit : words) {
			if (hit.similarity() != null) {
				similarity.putIfAbsent(hit.id(), hit.similarity());
			}
			storyOf.putIfAbsent(hit.id(), hit.story());
		}
		// An article without a vector yet is as close as the farthest found.
		double farthest = similarity.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double best = words.stream().mapToDouble(WordsHit::score).max().orElse(1);
		Map<String, Double> articles = new HashMap<>();
		storyOf.keySet().forEach(id -> articles.put(id, similarity.getOrDefault(id, farthest)));
		for (WordsHit hit : words) {
			double held = query.coverage(hit.text());
			articles.merge(hit.id(), wordsWeight * hit.score() / best * held * held, Double::sum);
		}
		Map<String, Double> stories = new HashMap<>();
		storiesByMeaning.forEach(hit -> stories.put(hit.id(), hit.similarity()));
		articles.forEach((id, score) -> {
			String story = storyOf.get(id);
			if (story != null) {
				stories.merge(story, score, Math::max);
			}
		});
		return new Ranked(sorted(articles), sorted(stories));
	}

	private static List<Scored> sorted(Map<String, Double> scores) {
		return scores.entrySet()
			.stream()
			.map(entry -> new Scored(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id))
			.toList();
	}

	/**
	 * An article Lucene matched.
	 *
	 * @param text its title and excerpt
	 * @param similarity of its sentence vector to the query's; null without either
	 */
	record WordsHit(String id, double score, String text, String story, Double similarity) {
	}

	/** An article or a story near the query in meaning. */
	record MeaningHit(String id, double similarity, String story) {
	}

	record Scored(String id, double score) {
	}

	/** Articles and stories, best first. */
	record Ranked(List<Scored> articles, List<Scored> stories) {
	}

}
