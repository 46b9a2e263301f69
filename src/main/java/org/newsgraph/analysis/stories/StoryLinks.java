package org.newsgraph.analysis.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds and scores the pairs of articles that may tell one story, without comparing all
 * pairs: candidates share one of their most distinctive words within the time window, a
 * MinHash band, an image, a related-list link. At least one article of each pair is
 * pending.
 */
final class StoryLinks {

	private final StorySettings settings;

	StoryLinks(StorySettings settings) {
		this.settings = settings;
	}

	/**
	 * Each article is compared with the candidates that follow it, one article at a time
	 * and on every core, so that no set of all candidate pairs is ever held: at 100,000
	 * documents that set filled the heap.
	 * @param articles in {@link ArticleFeatures#CHRONOLOGICAL} order
	 */
	List<StoryLink> between(List<ArticleFeatures> articles) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			index.put(articles.get(i).article().id(), i);
		}
		Blocks blocks = new Blocks(articles.size());
		List<Set<Integer>> relatedAfter = new ArrayList<>();
		List<Set<Integer>> relatedBefore = new ArrayList<>();
		articles.forEach(article -> {
			relatedAfter.add(new HashSet<>());
			relatedBefore.add(new HashSet<>());
		});
		for (int i = 0; i < articles.size(); i++) {
			ArticleFeatures features = articles.get(i);
			for (String stem : features.distinctiveStems(settings.blockingTerms())) {
				blocks.add("word:" + stem, i);
			}
			for (String image : features.article().images()) {
				blocks.add("image:" + image, i);
			}
			for (int band : features.sketch().bandKeys()) {
				blocks.add(band, i);
			}
			for (String related : features.article().related()) {
				Integer other = index.get(related);
				if (other != null && other != i) {
					relatedAfter.get(Math.min(i, other)).add(Math.max(i, other));
					relatedBefore.get(Math.max(i, other)).add(Math.min(i, other));
				}
			}
		}
		return IntStream.range(0, articles.size())
			.parallel()
			.filter(i -> articles.get(i).article().pending())
			.mapToObj(i -> Stream.concat(linksFrom(i, articles, blocks, relatedAfter.get(i)).stream(),
					linksFromSettled(i, articles, blocks, relatedBefore.get(i)).stream()))
			.flatMap(links -> links)
			.sorted(Comparator.comparing(StoryLink::from).thenComparing(StoryLink::to))
			.toList();
	}

	/**
	 * The links of a pending article to those after it within the window: the following
	 * articles of its blocks (at most the neighbour limit of each word, image or MinHash
	 * band: a band that many texts share made the comparisons at a million documents grow
	 * with its square), and the articles its related list names or that name it.
	 */
	private List<StoryLink> linksFrom(int i, List<ArticleFeatures> articles, Blocks blocks, Set<Integer> related) {
		ArticleFeatures first = articles.get(i);
		Partners partners = new Partners();
		related.stream().filter(other -> comparable(first, articles.get(other))).forEach(partners::add);
		blocks.following(i, settings.blockNeighbours(), later -> {
			boolean inWindow = comparable(first, articles.get(later));
			if (inWindow) {
				partners.add(later);
			}
			return inWindow;
		});
		return scored(partners, other -> score(first, articles.get(other), related.contains(other)));
	}

	/**
	 * The links of a pending article with the settled ones before it: those whose related
	 * lists name it or that it names, and the nearest predecessors in its blocks within
	 * the window. A small round compares a few hundred pending articles with weeks of
	 * settled news; walking forward from every settled article, only to drop the pairs
	 * without a pending end, spent most of its comparing. The pairs are the same: in time
	 * order, an article within the neighbour limit after another and within the window
	 * has that one within the limit before it.
	 */
	private List<StoryLink> linksFromSettled(int j, List<ArticleFeatures> articles, Blocks blocks,
			Set<Integer> relatedBefore) {
		ArticleFeatures second = articles.get(j);
		Partners partners = new Partners();
		relatedBefore.stream()
			.filter(other -> !articles.get(other).article().pending() && comparable(articles.get(other), second))
			.forEach(partners::add);
		blocks.preceding(j, settings.blockNeighbours(), earlier -> {
			ArticleFeatures first = articles.get(earlier);
			boolean inWindow = comparable(first, second);
			if (inWindow && !first.article().pending()) {
				partners.add(earlier);
			}
			return inWindow;
		});
		return scored(partners, other -> score(articles.get(other), second, relatedBefore.contains(other)));
	}

	/** The links of the partners that score as a story or as copies. */
	private static List<StoryLink> scored(Partners partners, IntFunction<StoryLink> score) {
		List<StoryLink> links = new ArrayList<>();
		for (int other : partners.distinct()) {
			StoryLink link = score.apply(other);
			if (link != null) {
				links.add(link);
			}
		}
		return links;
	}

	/**
	 * Two dated articles within the window, or two undated ones. No pair further apart is
	 * ever compared, copies included, so that a round can compare its articles one window
	 * of time at a time and find the links one pass over all of them would find. (Further
	 * apart, the time decay made every score 0 already.)
	 */
	private boolean comparable(ArticleFeatures a, ArticleFeatures b) {
		Double days = days(a, b);
		if (days == null) {
			return a.article().publishedAt() == null && b.article().publishedAt() == null;
		}
		return days <= settings.windowDays();
	}

	/**
	 * The articles one article is to be compared with, as plain numbers rather than a set
	 * of boxed ones: there are millions of candidates at 100,000 documents.
	 */
	private static final class Partners {

		private int[] articles = new int[16];

		private int size;

		void add(int article) {
			if (size == articles.length) {
				articles = Arrays.copyOf(articles, size * 2);
			}
			articles[size++] = article;
		}

		int[] distinct() {
			int[] sorted = Arrays.copyOf(articles, size);
			Arrays.sort(sorted);
			int distinct = 0;
			for (int article : sorted) {
				if (distinct == 0 || sorted[distinct - 1] != article) {
					sorted[distinct++] = article;
				}
			}
			return Arrays.copyOf(sorted, distinct);
		}

	}

	/**
	 * Groups of articles sharing a key, each in time order, and where each article sits
	 * in the groups it belongs to.
	 */
	private static final class Blocks {

		private final Map<Object, List<Integer>> members = new HashMap<>();

		private final List<List<Place>> places = new ArrayList<>();

		Blocks(int articles) {
			for (int i = 0; i < articles; i++) {
				places.add(new ArrayList<>());
			}
		}

		/** Articles are added in time order. */
		void add(Object key, int article) {
			List<Integer> block = members.computeIfAbsent(key, any -> new ArrayList<>());
			places.get(article).add(new Place(block, block.size()));
			block.add(article);
		}

		/**
		 * Hands over the articles before this one in each of its blocks, nearest first,
		 * up to the limit, until the consumer answers false.
		 */
		void preceding(int article, int limit, IntPredicate each) {
			for (Place place : places.get(article)) {
				int first = Math.max(0, place.position() - limit);
				int previous = place.position() - 1;
				while (previous >= first && each.test(place.block().get(previous))) {
					previous--;
				}
			}
		}

		/**
		 * Hands over the articles after this one in each of its blocks, up to the limit,
		 * until the consumer answers false.
		 */
		void following(int article, int limit, IntPredicate each) {
			for (Place place : places.get(article)) {
				int last = (int) Math.min(place.block().size() - 1L, (long) place.position() + limit);
				int next = place.position() + 1;
				while (next <= last && each.test(place.block().get(next))) {
					next++;
				}
			}
		}

		private record Place(List<Integer> block, int position) {
		}

	}

	/**
	 * The link between two articles, or null when they are neither a story nor copies.
	 */
	StoryLink score(ArticleFeatures a, ArticleFeatures b) {
		return score(a, b, related(a, b));
	}

	/**
	 * The related lists and images are looked at only for pairs whose best score could
	 * reach the threshold.
	 * @param related whether a document's related list links the two, known from the
	 * candidates' positions, so that no pair looks ids up in both articles' sets
	 */
	private StoryLink score(ArticleFeatures a, ArticleFeatures b, boolean related) {
		Double days = days(a, b);
		double jaccard = a.sketch().similarity(b.sketch());
		boolean copy = jaccard >= settings.nearDuplicate();
		double decay = decay(days);
		double highestBoost = 1 + settings.relatedBoost() + settings.imageBoost();
		if (!copy && highestBoost * decay < settings.similarThreshold()) {
			return null;
		}
		double cosine = a.vector().dot(b.vector());
		if (!copy && Math.max(cosine, jaccard) * highestBoost * decay < settings.similarThreshold()) {
			return null;
		}
		double boost = 1 + (related ? settings.relatedBoost() : 0) + (sharesImage(a, b) ? settings.imageBoost() : 0);
		double names = !copy && a.names().contradicts(b.names()) ? settings.distinctNames() : 1;
		double score = Math.max(cosine, jaccard) * boost * decay * names;
		if (score < settings.similarThreshold() && !copy) {
			return null;
		}
		boolean syndicated = jaccard >= settings.syndicated() && a.article().outlet() != null
				&& b.article().outlet() != null && !a.article().outlet().equals(b.article().outlet());
		boolean aFirst = ArticleFeatures.CHRONOLOGICAL.compare(a, b) <= 0;
		return new StoryLink((aFirst ? a : b).article().id(), (aFirst ? b : a).article().id(), round(score),
				round(cosine), round(jaccard), days == null ? null : round(days), copy ? "minhash" : "tfidf",
				syndicated);
	}

	private double decay(Double days) {
		if (days == null || days > settings.windowDays()) {
			return 0;
		}
		return days <= settings.sameEventDays() ? 1
				: Math.exp(-(days - settings.sameEventDays()) / settings.decayDays());
	}

	/**
	 * Whole seconds apart, as {@code Duration.between(..).toSeconds()} counts them,
	 * without making a {@code Duration} for every candidate pair.
	 */
	private static Double days(ArticleFeatures a, ArticleFeatures b) {
		Instant first = a.article().publishedAt();
		Instant second = b.article().publishedAt();
		if (first == null || second == null) {
			return null;
		}
		long seconds = second.getEpochSecond() - first.getEpochSecond();
		if (second.getNano() < first.getNano()) {
			seconds--;
		}
		return Math.abs(seconds) / 86_400.0;
	}

	private static boolean related(ArticleFeatures a, ArticleFeatures b) {
		return a.article().related().contains(b.article().id()) || b.article().related().contains(a.article().id());
	}

	/** A loop, not a stream: it runs for every pair that may reach the threshold. */
	private static boolean sharesImage(ArticleFeatures a, ArticleFeatures b) {
		Set<String> others = b.article().images();
		if (others.isEmpty()) {
			return false;
		}
		for (String image : a.article().images()) {
			if (others.contains(image)) {
				return true;
			}
		}
		return false;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
