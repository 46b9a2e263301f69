package org.newsgraph.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One story with its coverage.
 *
 * @param firstPublisher the outlet of its earliest article
 * @param articles in publication order
 * @param timeline articles per outlet and day
 * @param similarStories other stories linked to this one by similar articles, most
 * similar first
 */
@Serdeable
public record StoryDetail(String id, String headline, @Nullable OffsetDateTime firstPublishedAt,
		@Nullable OffsetDateTime lastPublishedAt, long articleCount, long outletCount, List<String> topTerms,
		@Nullable OutletRef firstPublisher, List<Article> articles, List<Coverage> timeline,
		List<SimilarStory> similarStories) {

	/**
	 * @param syndicated a copy of an earlier article of the story under another outlet
	 */
	@Serdeable
	public record Article(String id, String url, String title, @Nullable OffsetDateTime publishedAt,
			@Nullable OutletRef outlet, boolean syndicated) {
	}

	@Serdeable
	public record Coverage(LocalDate day, String outlet, long articles) {
	}

	/**
	 * @param score the strongest similarity link between the two stories
	 */
	@Serdeable
	public record SimilarStory(String id, String headline, long articleCount, double score) {
	}

}
