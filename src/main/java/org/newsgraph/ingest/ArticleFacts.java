package org.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one block of a document (its main article or one of its {@code related} items)
 * says about an article. Optional facts are null when the block does not state them.
 *
 * @param id stable, derived from the canonical URL
 * @param titleKey the normalised title, for finding copies of the same text (see
 * {@link TitleKey})
 * @param body the text after the front matter (main articles only)
 * @param sitePath the news API's {@code path} for the article (JSON records)
 * @param updatedAt the news API's {@code updatedDateTime}
 * @param extra keys this loader does not know, as a JSON object, so that nothing the file
 * said is lost
 */
public record ArticleFacts(String id, ArticleUrls urls, CleanText title, CleanText excerpt, String titleKey,
		OffsetDateTime publishedAt, OffsetDateTime updatedAt, String type, Long quality, Long heat, Boolean published,
		String category, List<String> categories, List<String> tags, String locale, String sitePath, OutletFacts outlet,
		List<ImageFacts> images, String body, String extra) {

	public ArticleFacts {
		categories = List.copyOf(categories);
		tags = List.copyOf(tags);
		images = List.copyOf(images);
	}

	/** How many of this block's texts had to be repaired or cleaned. */
	public int textsCleaned() {
		return (title.changed() ? 1 : 0) + (excerpt != null && excerpt.changed() ? 1 : 0)
				+ (outlet.name() != null && outlet.name().changed() ? 1 : 0);
	}

}
