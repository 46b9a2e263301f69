package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.Neo4jTestBase;

/**
 * Every index costs every write of its nodes an insert, so the schema holds those that
 * some statement looks things up with, and no more (neo4j-migrations' own aside).
 */
class SchemaIT extends Neo4jTestBase {

	private static final CypherStatement INDEX_NAMES = CypherStatement.load("test/index-names");

	@Test
	void theSchemaKeepsOnlyIndexesThatLookupsUse() {
		List<String> names = graph().read(tx -> tx.run(INDEX_NAMES.text()).list(row -> row.get("name").asString()));

		assertThat(names).filteredOn(name -> !name.contains("__Neo4jMigration"))
			.containsExactly("article_embedding", "article_id", "article_published_at", "article_text", "campaign_id",
					"co_covers_stories", "definitions_kind", "image_url", "organisation_id", "outlet_domain",
					"source_document_path", "story_article_count", "story_embedding", "story_id", "story_outlet_count",
					"topic_name", "url_url");
	}

}
