package org.newsgraph.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.newsgraph.query.ArticleDetail;
import org.newsgraph.query.ArticleQueries;
import org.newsgraph.query.ArticleSummary;
import org.newsgraph.query.Page;
import org.newsgraph.query.PageRequest;

@Controller("/api/articles")
@Validated
class ArticleController {

	private final ArticleQueries articles;

	ArticleController(ArticleQueries articles) {
		this.articles = articles;
	}

	/** Articles, newest first. */
	@Get
	Page<ArticleSummary> list(@QueryValue(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@QueryValue(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return articles.list(new PageRequest(page, size));
	}

	/** One article by its id (derived from its canonical URL). */
	@Get("/{id}")
	ArticleDetail get(
			@PathVariable @Pattern(regexp = "[0-9a-f]{20}", message = "must be a 20-digit hex article id") String id) {
		return articles.byId(id);
	}

}
