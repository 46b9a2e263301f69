package org.newsgraph.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
	 * @param articles in {@link ArticleFeatures#CHRONOLOGICAL} order
	 */
	List<StoryLink> between(List<ArticleFeatures> articles) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			index.put(articles.get(i).article().id(), i);
		}
		Set<Long> candidates = new HashSet<>();
		Map<String, List<Integer>> timeBlocks = new HashMap<>();
		Map<Integer, List<Integer>> copyBlocks = new HashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			ArticleFeatures features = articles.get(i);
			for (String stem : features.distinctiveStems(settings.blockingTerms())) {
				timeBlocks.computeIfAbsent("word:" + stem, key -> new ArrayList<>()).add(i);
			}
			for (String image : features.article().images()) {
				timeBlocks.computeIfAbsent("image:" + image, key -> new ArrayList<>()).add(i);
			}
			for (int band : features.sketch().bandKeys()) {
				copyBlocks.computeIfAbsent(band, key -> new ArrayList<>()).add(i);
			}
			for (String related : features.article().related()) {
				Integer other = index.get(related);
				if (other != null) {
					candidates.add(pair(i, other));
				}
			}
		}
		timeBlocks.values().forEach(block -> addWithinWindow(block, articles, candidates));
		copyBlocks.values().forEach(block -> addAll(block, candidates));
		List<StoryLink> links = new ArrayList<>();
		for (long candidate : candidates) {
			ArticleFeatures a = articles.get((int) (candidate >>> 32));
			ArticleFeatures b = articles.get((int) candidate);
			if (a.article().pending() || b.article().pending()) {
				StoryLink link = score(a, b);
				if (link != null) {
					links.add(link);
				}
			}
		}
		links.sort((x, y) -> (x.from() + x.to()).compareTo(y.from() + y.to()));
		return links;
	}

	/**
	 * Block members are in time order, so each is paired with the following ones up to
	 * the window's end.
	 */
	private void addWithinWindow(List<Integer> block, List<ArticleFeatures> articles, Collection<Long> candidates) {
		for (int x = 0; x < block.size(); x++) {
			ArticleFeatures first = articles.get(block.get(x));
			for (int y = x + 1; y < block.size(); y++) {
				Double days = days(first, articles.get(block.get(y)));
				if (days != null && days > settings.windowDays()) {
					break;
				}
				candidates.add(pair(block.get(x), block.get(y)));
			}
		}
	}

	/** Articles in one MinHash band are likely copies, paired however far apart. */
	private static void addAll(List<Integer> block, Collection<Long> candidates) {
		for (int x = 0; x < block.size(); x++) {
			for (int y = x + 1; y < block.size(); y++) {
				candidates.add(pair(block.get(x), block.get(y)));
			}
		}
	}

	/**
	 * The link between two articles, or null when they are neither a story nor copies.
	 */
	StoryLink score(ArticleFeatures a, ArticleFeatures b) {
		double cosine = TermWeights.cosine(a.vector(), b.vector());
		double jaccard = a.sketch().similarity(b.sketch());
		Double days = days(a, b);
		double boost = 1 + (related(a, b) ? settings.relatedBoost() : 0)
				+ (sharesImage(a, b) ? settings.imageBoost() : 0);
		double score = Math.max(cosine, jaccard) * boost * decay(days);
		boolean copy = jaccard >= settings.nearDuplicate();
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

	private static Double days(ArticleFeatures a, ArticleFeatures b) {
		if (a.article().publishedAt() == null || b.article().publishedAt() == null) {
			return null;
		}
		return Math.abs(Duration.between(a.article().publishedAt(), b.article().publishedAt()).toSeconds()) / 86_400.0;
	}

	private static boolean related(ArticleFeatures a, ArticleFeatures b) {
		return a.article().related().contains(b.article().id()) || b.article().related().contains(a.article().id());
	}

	private static boolean sharesImage(ArticleFeatures a, ArticleFeatures b) {
		return a.article().images().stream().anyMatch(b.article().images()::contains);
	}

	private static long pair(int x, int y) {
		return ((long) Math.min(x, y) << 32) | Math.max(x, y);
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
