package org.newsgraph.query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * "More like this": the articles nearest one in meaning, ranked again with what the graph
 * knows of both (organisations named by both, publication close in time), since two
 * reports of one event share more than their subject.
 */
@Singleton
public final class SimilarArticles {

	private static final CypherStatement SIMILAR = CypherStatement.load("read/similar-articles");

	private static final CypherStatement ARTICLES_BY_IDS = CypherStatement.load("read/articles-by-ids");

	private static final int MOST_ORGANISATIONS_COUNTED = 3;

	private final Graph graph;

	private final ReadCache answers;

	private final SearchSettings settings;

	private final ArticleQueries articles;

	SimilarArticles(Graph graph, ReadCache answers, SearchSettings settings, ArticleQueries articles) {
		this.graph = graph;
		this.answers = answers;
		this.settings = settings;
		this.articles = articles;
	}

	/**
	 * @param byWords the neighbours by the similarity links of the story clustering, as
	 * before sentence vectors
	 * @throws NotFoundException when no article has this id
	 */
	public List<SimilarArticle> of(String id, int k, boolean byWords) {
		articles.byId(id);
		return answers.get(() -> graph.read(tx -> {
			List<Neighbour> neighbours = tx
				.run(SIMILAR.text(),
						Map.of("id", id, "candidates", Math.max(k, settings.similarCandidates()), "byWords", byWords))
				.list(Neighbour::of)
				.stream()
				.sorted(Comparator.comparingDouble(this::score).reversed().thenComparing(Neighbour::id))
				.limit(k)
				.toList();
			Map<String, ArticleSummary> summaries = ReadById.read(tx, ARTICLES_BY_IDS, "article",
					neighbours.stream().map(Neighbour::id).toList(), ArticleQueries::summary);
			return neighbours.stream()
				.map(neighbour -> new SimilarArticle(summaries.get(neighbour.id()), score(neighbour), neighbour.by(),
						neighbour.similarity(), neighbour.sharedOrganisations(), neighbour.sameOutlet(),
						neighbour.daysApart()))
				.toList();
		}), "similar articles", id, k, byWords);
	}

	/** By words, the link's own score, which weighs time and shared links already. */
	private double score(Neighbour neighbour) {
		if (!"meaning".equals(neighbour.by())) {
			return neighbour.similarity();
		}
		double together = neighbour.daysApart() == null ? 0
				: Math.exp(-neighbour.daysApart() / settings.similarTimeDays());
		return neighbour.similarity() + settings.similarTimeWeight() * together + settings.similarOrganisationWeight()
				* Math.min(neighbour.sharedOrganisations(), MOST_ORGANISATIONS_COUNTED);
	}

	private record Neighbour(String id, double similarity, String by, long sharedOrganisations, boolean sameOutlet,
			Double daysApart) {

		static Neighbour of(org.neo4j.driver.Record row) {
			Value days = row.get("daysApart");
			return new Neighbour(row.get("id").asString(), row.get("score").asDouble(), row.get("by").asString(),
					row.get("sharedOrganisations").asLong(), row.get("sameOutlet").asBoolean(),
					days.isNull() ? null : days.asDouble());
		}

	}

}
