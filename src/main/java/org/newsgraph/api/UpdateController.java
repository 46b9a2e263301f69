package org.newsgraph.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.newsgraph.analysis.GraphUpdates;
import org.newsgraph.graph.LoadReportJson;

/**
 * Changes to the graph over HTTP: off unless a token is configured, and then only for
 * requests that carry it (see {@link AccessFilter}). Each change waits for the one before
 * to finish.
 */
@Controller("/api")
@Validated
@Tag(name = "Updates")
@SecurityRequirement(name = "token")
@ProblemResponses
@ApiResponse(responseCode = "401", description = "The API token is missing or wrong",
		content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Changing the graph over HTTP is off on this server",
		content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
class UpdateController {

	private final GraphUpdates updates;

	private final UploadedDocuments uploads;

	private final List<Path> servedFolders;

	UpdateController(GraphUpdates updates, UploadedDocuments uploads,
			@Value("${newsgraph.serve.load:seeds}") List<Path> servedFolders) {
		this.updates = updates;
		this.uploads = uploads;
		this.servedFolders = servedFolders;
	}

	/**
	 * Loads one document (Markdown or YAML with front matter) or several (a JSON file or
	 * JSON Lines), then forms the stories they change. Uploading the same bytes again
	 * changes nothing. The body may be as large as the server's request limit
	 * (micronaut.server.max-request-size).
	 */
	@Post(uri = "/documents",
			consumes = { UploadedDocuments.MARKDOWN, MediaType.TEXT_PLAIN, UploadedDocuments.YAML,
					MediaType.APPLICATION_JSON, UploadedDocuments.JSON_LINES })
	@Operation(operationId = "uploadDocuments")
	@ApiResponse(responseCode = "200",
			description = "Loaded; some documents of a JSON upload may be listed as rejected")
	@ApiResponse(responseCode = "422", description = "No document of the upload could be loaded; the detail says why",
			content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
	UpdateReport upload(HttpRequest<?> request,
			@Body @Size(min = 1, message = "the request has no document in its body") byte[] content) {
		MediaType type = request.getContentType().orElseThrow();
		Path file = uploads.store(content, type);
		GraphUpdates.Update update = updates.load(List.of(file));
		LoadReportJson load = LoadReportJson.of(update.load()).relativeTo(file.getParent());
		if (load.documentsRejected() > 0 && load.documentsLoaded() + load.documentsUnchanged() == 0) {
			uploads.discard(file);
			throw new UploadRejectedException(load);
		}
		return UpdateReport.of(load, update.analysis());
	}

	/**
	 * Loads the served folders (newsgraph.serve.load) again: changed files are loaded
	 * anew, unchanged ones skipped.
	 */
	@Post(uri = "/reload", consumes = MediaType.ALL)
	@Operation(operationId = "reload")
	UpdateReport reload() {
		return UpdateReport.of(updates.load(servedFolders.stream().filter(Files::exists).toList()));
	}

	/**
	 * Forms every story anew and refreshes every campaign, as
	 * {@code newsgraph recluster}.
	 */
	@Post(uri = "/recluster", consumes = MediaType.ALL)
	@Operation(operationId = "recluster")
	UpdateReport recluster() {
		return UpdateReport.of(null, updates.recluster());
	}

}
