package org.newsgraph.query;

import java.time.OffsetDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Everything the graph knows about one article, with the files it came from. */
@Serdeable
public record ArticleDetail(String id, String url, @Nullable String webUrl, @Nullable String originalUrl,
		@Nullable String ampWebUrl, @Nullable String cdnAmpWebUrl, List<String> urls, String title,
		@Nullable String excerpt, String titleKey, @Nullable OffsetDateTime publishedAt, @Nullable String type,
		@Nullable Long quality, @Nullable Long heat, @Nullable Boolean published, @Nullable String category,
		OffsetDateTime firstSeen, OffsetDateTime lastSeen, @Nullable OutletRef outlet, @Nullable StoryRef story,
		List<String> topics, List<Image> images, List<RelatedArticle> related, List<Source> sources) {

	@Serdeable
	public record Image(String url, @Nullable Long width, @Nullable Long height) {
	}

	@Serdeable
	public record RelatedArticle(String id, String url, String title) {
	}

	/** A file that describes this article, as its main article or in its related list. */
	@Serdeable
	public record Source(String path, String role) {
	}
}
