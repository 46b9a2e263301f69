package org.newsgraph.api;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.ArticleDetail;
import org.newsgraph.query.ArticleQueries;
import org.newsgraph.query.ArticleSummary;
import org.newsgraph.query.Page;
import org.newsgraph.query.SimilarArticle;
import org.newsgraph.query.SimilarArticles;

@Controller("/api/articles")
@Validated
@Tag(name = "Articles")
@ProblemResponses
class ArticleController {

	private final ArticleQueries articles;

	private final SimilarArticles similar;

	ArticleController(ArticleQueries articles, SimilarArticles similar) {
		this.articles = articles;
		this.similar = similar;
	}

	/** Articles, newest first, or those matching a full-text query, best match first. */
	@Get
	@Operation(operationId = "listArticles")
	Page<ArticleSummary> list(@Valid @RequestBean Paging paging,
			@QueryValue @Nullable @Size(max = 500) @Parameter(
					description = "Lucene query over titles and excerpts; a syntax error is a 400 with Lucene's reason",
					example = "Liberty AND ban") String text) {
		return articles.search(text, paging.request());
	}

	/**
	 * The article seen under a URL, in any form a document gave it (AMP, tracking
	 * parameters, ...).
	 */
	@Get("/lookup")
	@Operation(operationId = "lookUpArticle")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiResponse(responseCode = "404", description = "No article was seen under this URL",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	ArticleDetail lookup(@QueryValue @NotBlank @Size(max = 2048) @Parameter(
			description = "Any URL a document gave for the article",
			example = "https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp") String url) {
		return articles.byUrl(url);
	}

	/** One article by its id (derived from its canonical URL). */
	@Get("/{id}")
	@Operation(operationId = "getArticle")
	@ApiResponse(responseCode = "200", description = "The article")
	@ApiResponse(responseCode = "404", description = "No article has this id",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	ArticleDetail get(@PathVariable @Pattern(regexp = "[0-9a-f]{20}",
			message = "must be a 20-digit hex article id") @Parameter(example = "664e61e3c94593aa7203") String id) {
		return articles.byId(id);
	}

	/**
	 * "More like this": the articles nearest this one in meaning, ranked again with what
	 * they share with it (organisations named, publication close in time). Found by words
	 * (the story clustering's similarity links) for an article without a sentence vector
	 * yet, or when asked.
	 */
	@Get("/{id}/similar")
	@Operation(operationId = "getSimilarArticles")
	@ApiResponse(responseCode = "200", description = "The most similar articles, most similar first")
	@ApiResponse(responseCode = "404", description = "No article has this id",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	List<SimilarArticle> similar(
			@PathVariable @Pattern(regexp = "[0-9a-f]{20}", message = "must be a 20-digit hex article id") @Parameter(
					example = "664e61e3c94593aa7203") String id,
			@QueryValue(defaultValue = "10") @Min(1) @Max(100) @Parameter(description = "How many") int k,
			@QueryValue(defaultValue = "meaning") @Pattern(regexp = "meaning|words",
					message = "must be meaning or words") @Parameter(
							description = "meaning (sentence vectors and the graph) or words (the story clustering's "
									+ "similarity links)") String by) {
		return similar.of(id, k, by.equals("words"));
	}

}
