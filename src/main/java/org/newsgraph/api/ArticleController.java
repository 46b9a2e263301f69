package org.newsgraph.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.ArticleDetail;
import org.newsgraph.query.ArticleQueries;
import org.newsgraph.query.ArticleSummary;
import org.newsgraph.query.Page;

@Controller("/api/articles")
@Validated
class ArticleController {

	private final ArticleQueries articles;

	ArticleController(ArticleQueries articles) {
		this.articles = articles;
	}

	/** Articles, newest first. */
	@Get
	Page<ArticleSummary> list(@Valid @RequestBean Paging paging) {
		return articles.list(paging.request());
	}

	/**
	 * The article seen under a URL, in any form a document gave it (AMP, tracking
	 * parameters, ...).
	 */
	@Get("/lookup")
	ArticleDetail lookup(@QueryValue @NotBlank @Size(max = 2048) String url) {
		return articles.byUrl(url);
	}

	/** One article by its id (derived from its canonical URL). */
	@Get("/{id}")
	ArticleDetail get(
			@PathVariable @Pattern(regexp = "[0-9a-f]{20}", message = "must be a 20-digit hex article id") String id) {
		return articles.byId(id);
	}

}
