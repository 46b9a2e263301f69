package org.newsgraph.analysis.stories;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.analysis.stories.StoryCommunities.StrongLink;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/**
 * Forms and writes the stories of a round's components: each component is split into its
 * communities, from its links alone; then, a few thousand articles at a time, each
 * community keeps the members that resemble it and each story is written with its
 * articles' words. Only one chunk's features are held; they are read again for it, since
 * the windows that compared the articles are gone.
 */
final class StoryFormation {

	private static final int ARTICLES_PER_CHUNK = 2_000;

	private static final CypherStatement ARTICLES_BY_ID = CypherStatement.load("analysis/articles-by-id");

	private static final CypherStatement WRITE_STORIES = CypherStatement.load("analysis/write-stories");

	private final Graph graph;

	private final StorySettings settings;

	private final StoryCommunities communities;

	private final StoryCentroids centroids;

	private final ParsedTexts texts;

	StoryFormation(Graph graph, StorySettings settings, ParsedTexts texts) {
		this.texts = texts;
		this.graph = graph;
		this.settings = settings;
		this.communities = new StoryCommunities(settings.cohesion());
		this.centroids = new StoryCentroids(settings.centroid());
	}

	/**
	 * @param componentOf each article's component, -1 for articles not formed here
	 * @return how many stories were written
	 */
	long form(ArticleIds ids, int[] componentOf, StrongLinks links, RoundStatistics statistics,
			AnalysisProgress.Listener progress) {
		Buckets members = Buckets.of(componentOf.length, componentOf.length, article -> componentOf[article]);
		Buckets linksOf = Buckets.of(componentOf.length, links.size(), link -> {
			int component = componentOf[links.from(link)];
			return component == componentOf[links.to(link)] ? component : -1;
		});
		long total = members.size();
		long done = 0;
		long stories = 0;
		List<List<String>> chunk = new ArrayList<>();
		int chunkArticles = 0;
		for (int component = 0; component < componentOf.length; component++) {
			int[] articles = members.of(component);
			if (articles.length == 0) {
				continue;
			}
			List<StrongLink> componentLinks = new ArrayList<>();
			for (int link : linksOf.of(component)) {
				componentLinks.add(new StrongLink(ids.id(links.from(link)), ids.id(links.to(link)), links.score(link)));
			}
			for (List<String> community : communities.of(List.of(Arrays.stream(articles).mapToObj(ids::id).toList()),
					componentLinks)) {
				chunk.add(community);
				chunkArticles += community.size();
				if (chunkArticles >= ARTICLES_PER_CHUNK) {
					stories += write(chunk, statistics);
					progress.progress(new AnalysisProgress("Writing stories", done, total));
					chunk.clear();
					chunkArticles = 0;
				}
			}
			done += articles.length;
		}
		if (!chunk.isEmpty()) {
			stories += write(chunk, statistics);
		}
		progress.progress(new AnalysisProgress("Writing stories", total, total));
		return stories;
	}

	/**
	 * Numbers grouped by a key below a bound, in two arrays: a map of lists held a boxed
	 * number per article of the corpus.
	 */
	private record Buckets(int[] starts, int[] items) {

		static Buckets of(int keys, int count, IntUnaryOperator keyOf) {
			int[] starts = new int[keys + 1];
			for (int item = 0; item < count; item++) {
				int key = keyOf.applyAsInt(item);
				if (key >= 0) {
					starts[key + 1]++;
				}
			}
			for (int key = 0; key < keys; key++) {
				starts[key + 1] += starts[key];
			}
			int[] items = new int[starts[keys]];
			int[] next = Arrays.copyOf(starts, keys);
			for (int item = 0; item < count; item++) {
				int key = keyOf.applyAsInt(item);
				if (key >= 0) {
					items[next[key]++] = item;
				}
			}
			return new Buckets(starts, items);
		}

		int[] of(int key) {
			return Arrays.copyOfRange(items, starts[key], starts[key + 1]);
		}

		int size() {
			return items.length;
		}

	}

	/**
	 * @param communities split from their components already, and flushed as soon as they
	 * fill a chunk, so that a component of a quarter of a million articles chained
	 * together (a million generated documents) is held as its links, never as its
	 * articles' features
	 */
	private long write(List<List<String>> communities, RoundStatistics statistics) {
		Map<String, ArticleFeatures> features = features(communities, statistics);
		Collection<List<String>> groups = centroids.keepFitting(communities, features);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (List<String> group : groups) {
			List<ArticleFeatures> members = new ArrayList<>(
					group.stream().map(features::get).filter(Objects::nonNull).toList());
			members.sort(ArticleFeatures.CHRONOLOGICAL);
			rows.add(row(Story.of(members, settings.topTerms()), features));
		}
		graph.write(tx -> tx.run(WRITE_STORIES.text(), Map.of("stories", rows)).consume());
		return rows.size();
	}

	private Map<String, ArticleFeatures> features(List<List<String>> components, RoundStatistics statistics) {
		List<String> ids = components.stream().flatMap(List::stream).toList();
		Map<String, ArticleFeatures> features = new HashMap<>();
		graph.read(tx -> {
			tx.run(ARTICLES_BY_ID.text(), Map.of("ids", ids)).forEachRemaining(record -> {
				StoryArticle article = StoryArticle.of(record);
				features.put(article.id(), ArticleFeatures.of(article, texts.of(article), statistics.weights(),
						statistics.capitalisation()));
			});
			return null;
		});
		return features;
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
			article.put("terms", features.get(id).terms().distinctStems());
			return article;
		}).toList();
		return Map.of("id", story.id(), "properties", properties, "articles", articles, "outlets",
				outlets(story, features));
	}

	/**
	 * Each outlet of the story with its articles in it, by domain: counted here, from the
	 * members, since a statement that wrote the story's articles and read them back to
	 * count their outlets held all its rows in an Eager step.
	 */
	private static List<Map<String, Object>> outlets(Story story, Map<String, ArticleFeatures> features) {
		Map<String, Long> articles = new TreeMap<>();
		story.articles()
			.stream()
			.map(id -> features.get(id).article().outlet())
			.filter(Objects::nonNull)
			.forEach(outlet -> articles.merge(outlet, 1L, Long::sum));
		return articles.entrySet()
			.stream()
			.map(outlet -> Map.<String, Object>of("domain", outlet.getKey(), "articles", outlet.getValue()))
			.toList();
	}

	private static ZonedDateTime utc(Instant instant) {
		return instant == null ? null : instant.atZone(ZoneOffset.UTC);
	}

}
