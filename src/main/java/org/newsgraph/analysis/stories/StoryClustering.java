package org.newsgraph.analysis.stories;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import jakarta.inject.Singleton;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps stories current. Loading marks written articles as pending; {@link #update}
 * compares only them with their neighbours in time, and re-forms only the stories they
 * touch. {@link #recluster} marks every article and starts over. An interrupted round
 * leaves the articles pending, so the next one finishes the work.
 * <p>
 * A round holds one window of articles at a time, never the corpus: two articles further
 * apart than the link window are never linked, so the pending articles are compared
 * window by window in publication order ({@link StoryWindows}), each window with the
 * articles within the link window of it. What must be known of all articles, the words'
 * weights and how names are written, is counted first ({@link RoundStatistics}); what is
 * kept of all of them is numbers: the strong links and the components. The stories are
 * then formed a chunk of components at a time ({@link StoryFormation}). The size of the
 * windows changes no story ({@code StoryClusteringIT}).
 */
@Singleton
public final class StoryClustering {

	private static final Logger LOG = LoggerFactory.getLogger(StoryClustering.class);

	private static final int ROWS_PER_TRANSACTION = 5_000;

	private static final int MARKED_PER_TRANSACTION = 10_000;

	private static final String COMPARING = "Comparing articles";

	private static final CypherStatement PENDING_RANGE = CypherStatement.load("analysis/pending-range");

	private static final CypherStatement ARTICLES_BETWEEN = CypherStatement.load("analysis/articles-between");

	private static final CypherStatement ARTICLES_BY_ID = CypherStatement.load("analysis/articles-by-id");

	private static final CypherStatement KEPT_MEMBERS = CypherStatement.load("analysis/kept-members");

	private static final CypherStatement DELETE_LINKS = CypherStatement.load("analysis/delete-similar-links");

	private static final CypherStatement CREATE_LINKS = CypherStatement.load("analysis/create-similar-links");

	private static final CypherStatement DISSOLVE_STORIES = CypherStatement.load("analysis/dissolve-stories");

	private static final CypherStatement EMPTY_STORIES = CypherStatement.load("analysis/empty-stories");

	private static final CypherStatement MARK_ALL_PENDING = CypherStatement.load("analysis/mark-all-pending");

	private final Graph graph;

	private final StorySettings settings;

	private final StoryComponents components;

	private final StoryFormation formation;

	/** Kept from round to round: about as many as a window compares. */
	private final ParsedTexts texts;

	private final KeptFrequencies frequencies;

	StoryClustering(Graph graph, StorySettings settings) {
		this.texts = new ParsedTexts(settings.windowArticles());
		this.frequencies = new KeptFrequencies(graph);
		this.graph = graph;
		this.settings = settings;
		this.components = new StoryComponents(graph, settings);
		this.formation = new StoryFormation(graph, settings, texts);
	}

	/** Forms the stories of the articles written since the last round. */
	public ClusteringReport update(AnalysisProgress.Listener progress) {
		return update(components.usesGds(), progress);
	}

	/** Forms every story anew, with the current term weights. */
	public ClusteringReport recluster(AnalysisProgress.Listener progress) {
		// Every article's stems are counted anew: none are in a story to count them for.
		frequencies.forget();
		String last = "";
		while (last != null) {
			String after = last;
			last = graph
				.write(tx -> tx.run(MARK_ALL_PENDING.text(), Map.of("after", after, "limit", MARKED_PER_TRANSACTION))
					.single()
					.get("last")
					.asString(null));
		}
		return update(progress);
	}

	ClusteringReport update(boolean gds, AnalysisProgress.Listener progress) {
		long started = System.nanoTime();
		long pendingCount = graph.read(tx -> tx.run(PENDING_RANGE.text()).single().get("pending").asLong());
		dissolve(graph.read(tx -> tx.run(EMPTY_STORIES.text()).list(row -> row.get("id").asString())));
		if (pendingCount == 0) {
			return ClusteringReport.nothingPending(elapsedSince(started));
		}
		ArticleIds ids = new ArticleIds();
		RoundStatistics statistics = RoundStatistics.read(graph, ids, span(), texts, frequencies);
		int pending = ids.size();
		deleteLinks(ids, pending);

		Set<String> touched = new HashSet<>(statistics.leftStories());
		StrongLinks strong = new StrongLinks();
		List<StoryWindows.Window> windows = StoryWindows.plan(statistics.pendingPerDay(), statistics.undated().size(),
				settings.windowArticles(), settings.windowDays());
		long compared = 0;
		long linked = 0;
		for (StoryWindows.Window window : windows) {
			List<StoryLink> links = compare(window, statistics, touched);
			write(links, ids, strong);
			linked += links.size();
			compared += window.pending();
			progress.progress(new AnalysisProgress(COMPARING, compared, pending));
		}

		BitSet members = new BitSet();
		members.set(0, pending);
		BitSet kept = dissolve(touched, ids);
		members.or(kept);
		components.addKeptLinks(ids, kept, strong);
		int[] componentOf = components.of(gds, ids, members, strong);
		long stories = formation.form(ids, componentOf, strong, statistics, progress);
		frequencies.keep(statistics.weights());
		ClusteringReport report = new ClusteringReport(members.cardinality(), statistics.compared(), linked, stories,
				gds ? "gds" : "java", elapsedSince(started));
		// The commands print the summary; a log line would say it twice.
		LOG.debug(report.summary().strip());
		return report;
	}

	private Duration span() {
		return Duration.ofSeconds((long) (settings.windowDays() * 86_400));
	}

	/**
	 * The links this window owns: those whose later article is one of its pending
	 * articles, or whose later article is settled and whose earlier one is. Each link is
	 * owned by one window, found there as one pass over all articles would find it, since
	 * the window holds every article within the link window of its own.
	 */
	private List<StoryLink> compare(StoryWindows.Window window, RoundStatistics statistics, Set<String> touched) {
		List<StoryArticle> articles = window.isUndated()
				? graph.read(tx -> tx.run(ARTICLES_BY_ID.text(), Map.of("ids", statistics.undated()))
					.list(StoryArticle::of))
				: graph.read(tx -> tx
					.run(ARTICLES_BETWEEN.text(), Map.of("from", RoundStatistics.utc(window.start().minus(span())),
							"to", RoundStatistics.utc(window.end().plus(span()))))
					.list(StoryArticle::of));
		Map<String, StoryArticle> byId = new HashMap<>();
		List<ArticleFeatures> chronological = new ArrayList<>();
		for (StoryArticle article : articles) {
			byId.put(article.id(), article);
			chronological
				.add(ArticleFeatures.of(article, texts.of(article), statistics.weights(), statistics.capitalisation()));
		}
		chronological.sort(ArticleFeatures.CHRONOLOGICAL);
		List<StoryLink> owned = new ArrayList<>();
		for (StoryLink link : new StoryLinks(settings).between(chronological)) {
			StoryArticle later = byId.get(link.to());
			StoryArticle owner = later.pending() ? later : byId.get(link.from());
			if (window.holds(owner.publishedAt())) {
				owned.add(link);
				for (StoryArticle end : List.of(byId.get(link.from()), later)) {
					if (end.story() != null) {
						touched.add(end.story());
					}
				}
			}
		}
		return owned;
	}

	/**
	 * In transactions of bounded size: one transaction with every link of a whole
	 * recluster took three times as long. A crash part way is harmless, since the
	 * articles stay pending until their stories are written, and the next round deletes
	 * and writes their links again.
	 */
	private void deleteLinks(ArticleIds ids, int pending) {
		inChunks(IntStream.range(0, pending).mapToObj(ids::id).toList(),
				chunk -> graph.write(tx -> tx.run(DELETE_LINKS.text(), Map.of("articles", chunk)).consume()));
	}

	/**
	 * A chunk's parameter rows are made only when it is written: all of them at once held
	 * a quarter of a gigabyte at 100,000 documents.
	 */
	private void write(List<StoryLink> links, ArticleIds ids, StrongLinks strong) {
		inChunks(links, chunk -> {
			List<Map<String, Object>> rows = chunk.stream().map(StoryClustering::row).toList();
			graph.write(tx -> tx.run(CREATE_LINKS.text(), Map.of("links", rows)).consume());
		});
		for (StoryLink link : links) {
			if (link.score() >= settings.threshold()) {
				strong.add(ids.number(link.from()), ids.number(link.to()), link.score());
			}
		}
	}

	/**
	 * Dissolves the stories the round touched: their settled members wait for their story
	 * again, and keep their links.
	 * @return the numbers of those members
	 */
	private BitSet dissolve(Set<String> touched, ArticleIds ids) {
		BitSet kept = new BitSet();
		inChunks(List.copyOf(touched), chunk -> {
			graph.read(tx -> {
				tx.run(KEPT_MEMBERS.text(), Map.of("stories", chunk))
					.forEachRemaining(row -> kept.set(ids.number(row.get("id").asString())));
				return null;
			});
			dissolve(chunk);
		});
		return kept;
	}

	private void dissolve(List<String> stories) {
		inChunks(stories,
				chunk -> graph.write(tx -> tx.run(DISSOLVE_STORIES.text(), Map.of("stories", chunk)).consume()));
	}

	private static <T> void inChunks(List<T> rows, Consumer<List<T>> work) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_TRANSACTION) {
			work.accept(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_TRANSACTION)));
		}
	}

	private static Map<String, Object> row(StoryLink link) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("from", link.from());
		row.put("to", link.to());
		row.put("score", link.score());
		row.put("cosine", link.cosine());
		row.put("jaccard", link.jaccard());
		row.put("days", link.days());
		row.put("method", link.method());
		row.put("syndicated", link.syndicated());
		return row;
	}

	private static Duration elapsedSince(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
