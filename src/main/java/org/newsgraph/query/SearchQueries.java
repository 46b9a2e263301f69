package org.newsgraph.query;

import static org.newsgraph.query.Values.listOf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * Stories and articles for what a person types, by words (the full-text index), by
 * meaning (the sentence vectors' indexes) or both ({@link SearchRanking}). Articles
 * without a vector yet are still found by their words.
 */
@Singleton
public final class SearchQueries {

	private static final CypherStatement BY_WORDS = CypherStatement.load("read/search-by-words");

	private static final CypherStatement BY_MEANING = CypherStatement.load("read/search-by-meaning");

	private static final CypherStatement ARTICLES_BY_IDS = CypherStatement.load("read/articles-by-ids");

	private static final CypherStatement STORIES_BY_IDS = CypherStatement.load("read/stories-by-ids");

	private final Graph graph;

	private final ReadCache answers;

	private final GraphEmbeddings embeddings;

	private final SearchSettings settings;

	SearchQueries(Graph graph, ReadCache answers, GraphEmbeddings embeddings, SearchSettings settings) {
		this.graph = graph;
		this.answers = answers;
		this.embeddings = embeddings;
		this.settings = settings;
	}

	/**
	 * @param size stories and articles, each
	 * @throws InvalidQueryException when words are asked for and the text is not a valid
	 * Lucene query
	 */
	public SearchResults search(String text, SearchMode asked, int size) {
		SearchMode mode = embeddings.enabled() ? asked : SearchMode.TEXT;
		return answers.get(() -> {
			float[] vector = mode == SearchMode.TEXT ? null : embeddings.vectorOf(text).orElse(null);
			List<SearchRanking.WordsHit> words = mode == SearchMode.SEMANTIC ? List.of() : byWords(text, vector);
			SearchRanking.Ranked ranked = mode == SearchMode.TEXT ? SearchRanking.byWords(words)
					: byMeaning(vector, words, new QueryWords(text));
			return new SearchResults(text, mode,
					found(ranked.stories(), size, STORIES_BY_IDS, "story", StoryQueries::summary,
							SearchResults.FoundStory::new),
					found(ranked.articles(), size, ARTICLES_BY_IDS, "article", ArticleQueries::summary,
							SearchResults.FoundArticle::new));
		}, "search", text, mode, size);
	}

	private List<SearchRanking.WordsHit> byWords(String text, float[] vector) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", text);
		parameters.put("vector", vector);
		parameters.put("limit", settings.candidates());
		return TextSearch.read("q",
				() -> graph.read(tx -> tx.run(BY_WORDS.text(), parameters)
					.list(row -> new SearchRanking.WordsHit(row.get("id").asString(), row.get("score").asDouble(),
							row.get("text").asString(), row.get("story").asString(null),
							row.get("similarity").isNull() ? null : row.get("similarity").asDouble()))));
	}

	private SearchRanking.Ranked byMeaning(float[] vector, List<SearchRanking.WordsHit> words, QueryWords query) {
		if (vector == null) {
			return SearchRanking.together(words, List.of(), List.of(), query, settings.wordsWeight());
		}
		return graph.read(tx -> {
			var row = tx.run(BY_MEANING.text(), Map.of("vector", vector, "limit", settings.candidates())).single();
			return SearchRanking.together(words, listOf(row.get("articles"), SearchQueries::meaningHit),
					listOf(row.get("stories"), SearchQueries::meaningHit), query, settings.wordsWeight());
		});
	}

	private static SearchRanking.MeaningHit meaningHit(Value hit) {
		return new SearchRanking.MeaningHit(hit.get("id").asString(), hit.get("similarity").asDouble(),
				hit.get("story").asString(null));
	}

	private <T, F> List<F> found(List<SearchRanking.Scored> ranked, int size, CypherStatement statement, String column,
			Function<Value, T> summary, Scored<T, F> result) {
		List<SearchRanking.Scored> best = ranked.subList(0, Math.min(size, ranked.size()));
		List<String> ids = best.stream().map(SearchRanking.Scored::id).toList();
		Map<String, T> summaries = graph.read(tx -> ReadById.read(tx, statement, column, ids, summary));
		// A result deleted since it was ranked is left out.
		return best.stream()
			.filter(hit -> summaries.containsKey(hit.id()))
			.map(hit -> result.of(summaries.get(hit.id()), hit.score()))
			.toList();
	}

	@FunctionalInterface
	private interface Scored<T, F> {

		F of(T summary, double score);

	}

}
