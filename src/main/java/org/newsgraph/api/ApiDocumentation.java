package org.newsgraph.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * What the generated OpenAPI document (served at {@code /swagger/newsgraph.yml},
 * browsable at {@code /swagger-ui}) says about the API as a whole. The operations are
 * described by the controllers' Javadoc and annotations.
 */
@OpenAPIDefinition(info = @Info(title = "newsgraph", version = "0.1",
		description = "A knowledge graph of news stories, the outlets that publish them and the campaigns they cover. "
				+ "Conventions: lists are paged (page from 0, size 1 to 100); dates are ISO-8601; errors are "
				+ "RFC 9457 problem documents (application/problem+json); reads carry an ETag and answer "
				+ "If-None-Match with 304.",
		license = @License(name = "See the repository")),
		tags = { @Tag(name = "Articles", description = "Published pieces, with provenance; full-text search"),
				@Tag(name = "Stories", description = "One event told by one or more outlets, and who was first"),
				@Tag(name = "Outlets", description = "Who publishes, and which outlets cover the same stories"),
				@Tag(name = "Campaigns",
						description = "Campaigns from the campaign files: coverage, attention over time, organisations"),
				@Tag(name = "Networks",
						description = "Co-coverage and co-occurrence networks for drawing and for Gephi"),
				@Tag(name = "Updates",
						description = "Uploads, reloads and reclustering: off unless the server has "
								+ "an API token (NEWSGRAPH_API_TOKEN), and then only with it") })
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "The server's API token (NEWSGRAPH_API_TOKEN). Needed to change the graph, and to read it "
				+ "when the server protects reads (NEWSGRAPH_PROTECT_READS)")
final class ApiDocumentation {

	private ApiDocumentation() {
	}

}
