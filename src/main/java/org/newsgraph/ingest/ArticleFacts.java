package org.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one block of a document (its main article or one of its {@code related} items)
 * says about an article. {@code id} and {@code url} are derived from the canonical form
 * of the article's URL; the other URLs are kept as given. Optional facts are null when
 * the document does not state them.
 */
public record ArticleFacts(String id, String url, String webUrl, String originalUrl, String ampWebUrl,
		String cdnAmpWebUrl, String title, String excerpt, OffsetDateTime publishedAt, String type, Long quality,
		Long heat, Boolean published, String category, OutletFacts outlet, List<ImageFacts> images) {

	public ArticleFacts {
		images = List.copyOf(images);
	}
}
