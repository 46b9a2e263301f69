package org.newsgraph.api;

import java.io.ByteArrayOutputStream;
import java.util.function.Function;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.newsgraph.export.NetworkFormat;
import org.newsgraph.query.Network;
import org.newsgraph.query.NetworkFilter;
import org.newsgraph.query.NetworkQueries;

@Controller("/api/network")
@Validated
@Tag(name = "Networks")
@ProblemResponses
class NetworkController {

	private final NetworkQueries networks;

	NetworkController(NetworkQueries networks) {
		this.networks = networks;
	}

	/**
	 * The co-coverage network: outlets (with their articles and stories) linked by the
	 * stories both covered, as JSON, GEXF 1.3 (Gephi), GraphML or CSV (the edges).
	 */
	@Get(uri = "/outlets",
			produces = { MediaType.APPLICATION_JSON, "application/gexf+xml", "application/graphml+xml", "text/csv" })
	@Operation(operationId = "getOutletNetwork")
	@ApiResponse(responseCode = "200", description = "The network",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Network.class)),
					@Content(mediaType = "application/gexf+xml"), @Content(mediaType = "application/graphml+xml"),
					@Content(mediaType = "text/csv") })
	HttpResponse<?> outlets(@Valid @RequestBean NetworkParameters parameters) {
		return respond(parameters, networks::outlets);
	}

	/**
	 * The co-occurrence network: organisations of the gazetteer linked by the articles
	 * that name both, as JSON, GEXF 1.3 (Gephi), GraphML or CSV (the edges).
	 */
	@Get(uri = "/organisations",
			produces = { MediaType.APPLICATION_JSON, "application/gexf+xml", "application/graphml+xml", "text/csv" })
	@Operation(operationId = "getOrganisationNetwork")
	@ApiResponse(responseCode = "200", description = "The network",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Network.class)),
					@Content(mediaType = "application/gexf+xml"), @Content(mediaType = "application/graphml+xml"),
					@Content(mediaType = "text/csv") })
	HttpResponse<?> organisations(@Valid @RequestBean NetworkParameters parameters) {
		return respond(parameters, networks::organisations);
	}

	private static HttpResponse<?> respond(NetworkParameters parameters, Function<NetworkFilter, Network> query) {
		Network network = query.apply(parameters.filter());
		NetworkFormat networkFormat = parameters.networkFormat();
		if (networkFormat == NetworkFormat.JSON) {
			return HttpResponse.ok(network);
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		networkFormat.write(network, file);
		return HttpResponse.ok(file.toByteArray())
			.contentType(networkFormat.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + networkFormat.fileName(network) + "\"");
	}

}
