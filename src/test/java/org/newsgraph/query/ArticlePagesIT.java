package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;
import org.newsgraph.graph.DocumentLoader;

/**
 * The article list reads the dated articles from the publishedAt index, newest first, and
 * the undated ones after them, on the pages the dated ones do not fill.
 */
class ArticlePagesIT extends Neo4jTestBase {

	@Test
	void undatedArticlesComeAfterTheDatedOnesAcrossPages() {
		context.getBean(DocumentLoader.class).load(List.of(Path.of("src/test/resources/documents/undated")));
		ArticleQueries articles = context.getBean(ArticleQueries.class);

		Page<ArticleSummary> first = articles.list(new PageRequest(0, 2));
		Page<ArticleSummary> second = articles.list(new PageRequest(1, 2));

		assertThat(first.total()).isEqualTo(3);
		assertThat(first.items()).hasSize(2)
			.first()
			.extracting(ArticleSummary::url)
			.isEqualTo("https://dated.example/news/council-votes");
		assertThat(second.items()).hasSize(1);
		assertThat(List.of(first.items().get(1).url(), second.items().get(0).url())).as("undated, by id")
			.containsExactlyInAnyOrder("https://undated.example/news/a-harbour",
					"https://undated.example/news/b-bridge");
		assertThat(articles.list(new PageRequest(2, 2)).items()).isEmpty();
	}

}
