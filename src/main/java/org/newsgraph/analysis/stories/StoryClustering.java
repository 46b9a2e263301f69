package org.newsgraph.analysis.stories;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.newsgraph.analysis.progress.AnalysisProgress;

/**
 * Keeps stories current. Loading marks written articles as pending; {@link #update()}
 * compares only them with their neighbours in time, and re-forms only the stories they
 * touch. {@link #recluster()} marks every article and starts over. An interrupted round
 * leaves the articles pending, so the next one finishes the work.
 */
@Singleton
public final class StoryClustering {

	private static final Logger LOG = LoggerFactory.getLogger(StoryClustering.class);

	private static final int ROWS_PER_TRANSACTION = 5_000;

	private static final int STORIES_PER_TRANSACTION = 2_000;

	private static final String COMPARING = "Comparing articles";

	private static final CypherStatement PENDING_RANGE = CypherStatement.load("analysis/pending-range");

	private static final CypherStatement ARTICLES_AROUND = CypherStatement.load("analysis/articles-around");

	private static final CypherStatement STORY_MEMBERS = CypherStatement.load("analysis/story-members");

	private static final CypherStatement DOCUMENT_FREQUENCIES = CypherStatement.load("analysis/document-frequencies");

	private static final CypherStatement DELETE_LINKS = CypherStatement.load("analysis/delete-similar-links");

	private static final CypherStatement CREATE_LINKS = CypherStatement.load("analysis/create-similar-links");

	private static final CypherStatement DISSOLVE_STORIES = CypherStatement.load("analysis/dissolve-stories");

	private static final CypherStatement WRITE_STORIES = CypherStatement.load("analysis/write-stories");

	private static final CypherStatement DELETE_EMPTY_STORIES = CypherStatement.load("analysis/delete-empty-stories");

	private static final CypherStatement MARK_ALL_PENDING = CypherStatement.load("analysis/mark-all-pending");

	private final Graph graph;

	private final StorySettings settings;

	private final StoryComponents components;

	private final StoryCentroids centroids;

	StoryClustering(Graph graph, StorySettings settings) {
		this.graph = graph;
		this.settings = settings;
		this.components = new StoryComponents(graph, settings);
		this.centroids = new StoryCentroids(settings.centroid());
	}

	/** Forms the stories of the articles written since the last round. */
	public ClusteringReport update(AnalysisProgress.Listener progress) {
		return update(components.usesGds(), progress);
	}

	/** Forms every story anew, with the current term weights. */
	public ClusteringReport recluster(AnalysisProgress.Listener progress) {
		graph.write(tx -> tx.run(MARK_ALL_PENDING.text()).consume());
		return update(progress);
	}

	ClusteringReport update(boolean gds, AnalysisProgress.Listener progress) {
		long started = System.nanoTime();
		Record range = graph.read(tx -> tx.run(PENDING_RANGE.text()).single());
		graph.write(tx -> tx.run(DELETE_EMPTY_STORIES.text()).consume());
		if (range.get("pending").asLong() == 0) {
			return ClusteringReport.nothingPending(elapsedSince(started));
		}
		List<StoryArticle> around = articlesAround(range);
		Map<String, ArticleTerms> terms = new HashMap<>();
		around.forEach(article -> terms.put(article.id(), ArticleTerms.of(article.title(), article.excerpt())));
		TermWeights weights = termWeights(
				around.stream().filter(StoryArticle::pending).map(article -> terms.get(article.id())).toList());
		Capitalisation capitalisation = Capitalisation.of(around);
		Map<String, ArticleFeatures> features = new HashMap<>();
		around.forEach(article -> features.put(article.id(),
				ArticleFeatures.of(article, terms.get(article.id()), weights, capitalisation)));
		List<ArticleFeatures> chronological = new ArrayList<>(features.values());
		chronological.sort(ArticleFeatures.CHRONOLOGICAL);
		progress.progress(new AnalysisProgress(COMPARING, 0, chronological.size()));
		List<StoryLink> links = new StoryLinks(settings).between(chronological);
		progress.progress(new AnalysisProgress(COMPARING, chronological.size(), chronological.size()));

		Set<String> touchedStories = touchedStories(features, links);
		List<StoryArticle> members = storyMembers(touchedStories);
		members.forEach(
				article -> features.putIfAbsent(article.id(), ArticleFeatures.of(article, weights, capitalisation)));
		replaceLinksAndDissolve(around, links, touchedStories);

		List<String> kept = members.stream().filter(article -> !article.pending()).map(StoryArticle::id).toList();
		Collection<List<String>> groups = centroids.keepFitting(components.ofPending(gds, links, kept), features);
		List<Story> stories = groups.stream().map(group -> story(group, features, weights)).toList();
		writeStories(stories, features, progress);
		ClusteringReport report = new ClusteringReport(groups.stream().mapToLong(List::size).sum(), around.size(),
				links.size(), stories.size(), gds ? "gds" : "java", elapsedSince(started));
		// The commands print the summary; a log line would say it twice.
		LOG.debug(report.summary().strip());
		return report;
	}

	private List<StoryArticle> articlesAround(Record range) {
		Duration window = Duration.ofSeconds((long) (settings.windowDays() * 86_400));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", range.get("first").isNull() ? null : range.get("first").asZonedDateTime().minus(window));
		parameters.put("to", range.get("last").isNull() ? null : range.get("last").asZonedDateTime().plus(window));
		return graph.read(tx -> tx.run(ARTICLES_AROUND.text(), parameters).list(StoryClustering::article));
	}

	private List<StoryArticle> storyMembers(Set<String> stories) {
		return graph.read(tx -> tx.run(STORY_MEMBERS.text(), Map.of("stories", List.copyOf(stories)))
			.list(StoryClustering::article));
	}

	/**
	 * Document frequencies over every article: the graph counts the terms stored with the
	 * articles already in stories, and the pending articles' terms are counted here.
	 * Their terms are written with their stories, in the same pass: a pass of its own,
	 * before the weights, took 4.4–7.3 s at 100,000 documents.
	 * @param pending the terms of every pending article
	 */
	private TermWeights termWeights(List<ArticleTerms> pending) {
		Record row = graph.read(tx -> tx.run(DOCUMENT_FREQUENCIES.text()).single());
		Map<String, Long> frequencies = new HashMap<>();
		for (Value pair : row.get("frequencies").values()) {
			frequencies.put(pair.get(0).asString(), pair.get(1).asLong());
		}
		pending.forEach(terms -> terms.distinctStems().forEach(stem -> frequencies.merge(stem, 1L, Long::sum)));
		return new TermWeights(frequencies, row.get("articles").asLong());
	}

	/** The stories of pending articles and of anything a new link reaches. */
	private static Set<String> touchedStories(Map<String, ArticleFeatures> features, List<StoryLink> links) {
		Set<String> touched = new HashSet<>();
		features.values()
			.stream()
			.map(ArticleFeatures::article)
			.filter(article -> article.pending() && article.story() != null)
			.forEach(article -> touched.add(article.story()));
		for (StoryLink link : links) {
			for (String end : List.of(link.from(), link.to())) {
				String story = features.get(end).article().story();
				if (story != null) {
					touched.add(story);
				}
			}
		}
		return touched;
	}

	/**
	 * In several transactions, each of bounded size: one transaction with every link of a
	 * whole recluster took three times as long. A crash part way is harmless, since the
	 * articles stay pending until their stories are written, and the next round deletes
	 * and writes their links again. A chunk's parameter rows are made only when it is
	 * written: all of them at once held a quarter of a gigabyte at 100,000 documents.
	 */
	private void replaceLinksAndDissolve(List<StoryArticle> around, List<StoryLink> links, Set<String> stories) {
		List<String> pending = around.stream().filter(StoryArticle::pending).map(StoryArticle::id).toList();
		inChunks(pending, ids -> graph.write(tx -> tx.run(DELETE_LINKS.text(), Map.of("articles", ids)).consume()));
		inChunks(links, chunk -> {
			List<Map<String, Object>> rows = chunk.stream().map(StoryClustering::row).toList();
			graph.write(tx -> tx.run(CREATE_LINKS.text(), Map.of("links", rows)).consume());
		});
		inChunks(List.copyOf(stories),
				ids -> graph.write(tx -> tx.run(DISSOLVE_STORIES.text(), Map.of("stories", ids)).consume()));
	}

	private static <T> void inChunks(List<T> rows, Consumer<List<T>> write) {
		inChunks(rows, ROWS_PER_TRANSACTION, write);
	}

	private static <T> void inChunks(List<T> rows, int size, Consumer<List<T>> write) {
		for (int from = 0; from < rows.size(); from += size) {
			write.accept(rows.subList(from, Math.min(rows.size(), from + size)));
		}
	}

	private Story story(List<String> group, Map<String, ArticleFeatures> features, TermWeights weights) {
		List<ArticleFeatures> members = new ArrayList<>(
				group.stream().map(features::get).filter(Objects::nonNull).toList());
		members.sort(ArticleFeatures.CHRONOLOGICAL);
		return Story.of(members, settings.topTerms());
	}

	private void writeStories(List<Story> stories, Map<String, ArticleFeatures> features,
			AnalysisProgress.Listener progress) {
		int[] written = { 0 };
		inChunks(stories, STORIES_PER_TRANSACTION, chunk -> {
			List<Map<String, Object>> rows = chunk.stream().map(story -> row(story, features)).toList();
			graph.write(tx -> tx.run(WRITE_STORIES.text(), Map.of("stories", rows)).consume());
			written[0] += chunk.size();
			progress.progress(new AnalysisProgress("Writing stories", written[0], stories.size()));
		});
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

	private static Map<String, Object> row(Story story, Map<String, ArticleFeatures> features) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("headline", story.headline());
		properties.put("headlineArticle", story.headlineArticle());
		properties.put("firstPublishedAt", utc(story.firstPublishedAt()));
		properties.put("lastPublishedAt", utc(story.lastPublishedAt()));
		properties.put("articleCount", story.articleCount());
		properties.put("outletCount", story.outletCount());
		properties.put("topTerms", story.topTerms());
		List<Map<String, Object>> articles = story.articles().stream().map(id -> {
			Map<String, Object> article = new HashMap<>();
			article.put("id", id);
			article.put("terms", features.containsKey(id) ? features.get(id).terms().distinctStems() : null);
			return article;
		}).toList();
		return Map.of("id", story.id(), "properties", properties, "articles", articles);
	}

	private static ZonedDateTime utc(Instant instant) {
		return instant == null ? null : instant.atZone(ZoneOffset.UTC);
	}

	private static StoryArticle article(Record record) {
		Value article = record.get("article");
		return new StoryArticle(article.get("id").asString(), article.get("title").asString(null),
				article.get("excerpt").asString(null),
				article.get("publishedAt").isNull() ? null : article.get("publishedAt").asZonedDateTime().toInstant(),
				article.get("outlet").asString(null), Set.copyOf(article.get("related").asList(Value::asString)),
				Set.copyOf(article.get("images").asList(Value::asString)), article.get("story").asString(null),
				article.get("pending").asBoolean());
	}

	private static Duration elapsedSince(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
