package org.newsgraph.query;

import static org.newsgraph.query.Values.dateTime;
import static org.newsgraph.query.Values.listOf;
import static org.newsgraph.query.Values.storiesOf;
import static org.newsgraph.query.Values.text;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/** Outlets: lists, one outlet, the outlets most like it, and two outlets compared. */
@Singleton
public final class OutletQueries {

	/** How many similar outlets an outlet's page shows. */
	private static final int SIMILAR_ON_DETAIL = 5;

	private static final PagedRead<OutletSummary> OUTLETS = new PagedRead<>(CypherStatement.load("read/outlet-count"),
			CypherStatement.load("read/outlets"), "outlet", OutletQueries::summary);

	private static final CypherStatement OUTLET = CypherStatement.load("read/outlet");

	private static final CypherStatement OUTLET_STORIES = CypherStatement.load("read/outlet-stories");

	private static final CypherStatement OVERLAP = CypherStatement.load("read/outlet-overlap");

	private final Graph graph;

	private final OutletSimilarity similarity;

	private final ReadCache answers;

	OutletQueries(Graph graph, OutletSettings settings, ReadCache answers) {
		this.graph = graph;
		this.similarity = new OutletSimilarity(graph, settings);
		this.answers = answers;
	}

	public Page<OutletSummary> list(PageRequest request) {
		return answers.get(() -> OUTLETS.read(graph, request), "outlets", request);
	}

	/**
	 * @throws NotFoundException when no outlet has this domain
	 */
	public OutletDetail byDomain(String domain) {
		return answers.get(() -> read(domain), "outlet", domain);
	}

	private OutletDetail read(String domain) {
		Value outlet = graph.read(tx -> tx.run(OUTLET.text(), Map.of("domain", domain)).list(row -> row.get("outlet")))
			.stream()
			.findFirst()
			.orElseThrow(() -> notFound(domain));
		return new OutletDetail(text(outlet.get("domain")), text(outlet.get("name")), outlet.get("articles").asLong(),
				outlet.get("stories").asLong(), dateTime(outlet.get("firstPublishedAt")),
				dateTime(outlet.get("lastPublishedAt")),
				listOf(outlet.get("topics"),
						topic -> new OutletDetail.Count(null, topic.get("name").asString(),
								topic.get("articles").asLong())),
				listOf(outlet.get("campaigns"),
						campaign -> new OutletDetail.Count(campaign.get("id").asString(),
								campaign.get("name").asString(), campaign.get("articles").asLong())),
				storiesOf(outlet.get("latestStories"), StoryQueries::summary),
				similar(domain, SimilarityMeasure.JACCARD, SIMILAR_ON_DETAIL));
	}

	/**
	 * @throws NotFoundException when no outlet has this domain
	 */
	public List<SimilarOutlet> similar(String domain, SimilarityMeasure measure, int limit) {
		return answers.get(() -> similar(domain, measure, limit, similarity.usesGds()), "similar outlets", domain,
				measure, limit);
	}

	List<SimilarOutlet> similar(String domain, SimilarityMeasure measure, int limit, boolean gds) {
		long stories = graph
			.read(tx -> tx.run(OUTLET_STORIES.text(), Map.of("domain", domain))
				.list(row -> row.get("stories").asLong()))
			.stream()
			.findFirst()
			.orElseThrow(() -> notFound(domain));
		return stories == 0 ? List.of() : similarity.similarTo(domain, measure, limit, gds);
	}

	/**
	 * @param limit how many of the shared stories to list (all count)
	 * @throws NotFoundException when either outlet is not in the graph
	 */
	public OutletOverlap overlap(String a, String b, int limit) {
		if (a.equals(b)) {
			throw new InvalidQueryException("b: must be another outlet than a");
		}
		return answers.get(() -> readOverlap(a, b, limit), "outlet overlap", a, b, limit);
	}

	private OutletOverlap readOverlap(String a, String b, int limit) {
		Value overlap = graph.read(tx -> tx.run(OVERLAP.text(), Map.of("a", a, "b", b)).list(row -> row.get("overlap")))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No outlet '" + a + "' or no outlet '" + b + "' in the graph"));
		List<OutletOverlap.SharedStory> shared = storiesOf(overlap.get("shared"),
				story -> new OutletOverlap.SharedStory(story.get("id").asString(), text(story.get("headline")),
						story.get("articleCount").asLong(), story.get("outletCount").asLong(),
						dateTime(story.get("firstA")), dateTime(story.get("firstB"))));
		Overlap measures = Overlap.counted(shared.size(), overlap.get("a").get("stories").asLong(),
				overlap.get("b").get("stories").asLong());
		OutletOverlap.Side sideA = side(overlap.get("a"), measures.storiesA());
		OutletOverlap.Side sideB = side(overlap.get("b"), measures.storiesB());
		FirstMover firstMover = FirstMover
			.of(shared.stream().map(story -> new FirstMover.Firsts(story.firstA(), story.firstB())).toList());
		return new OutletOverlap(sideA, sideB, measures.shared(), measures.jaccard(), measures.overlapCoefficient(),
				firstMover, shared.stream().limit(limit).toList());
	}

	private static OutletOverlap.Side side(Value outlet, long stories) {
		return new OutletOverlap.Side(outlet.get("domain").asString(), text(outlet.get("name")), stories);
	}

	private static NotFoundException notFound(String domain) {
		return new NotFoundException("No outlet with domain '" + domain + "'");
	}

	private static OutletSummary summary(Value outlet) {
		return new OutletSummary(text(outlet.get("domain")), text(outlet.get("name")), outlet.get("articles").asLong());
	}

}
