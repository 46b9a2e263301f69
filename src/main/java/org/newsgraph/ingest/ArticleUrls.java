package org.newsgraph.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The URLs of one article: the canonical one, from which its identity derives, and the
 * ones the document gave, as given (null where not given).
 */
public record ArticleUrls(String canonical, String webUrl, String originalUrl, String ampWebUrl, String cdnAmpWebUrl) {

	/**
	 * Every URL the article is known under, each once: the canonical one first, then
	 * those given.
	 */
	public List<String> all() {
		Set<String> all = new LinkedHashSet<>();
		all.add(canonical);
		for (String given : new String[] { webUrl, originalUrl, ampWebUrl, cdnAmpWebUrl }) {
			if (given != null) {
				all.add(given);
			}
		}
		return List.copyOf(all);
	}

}
