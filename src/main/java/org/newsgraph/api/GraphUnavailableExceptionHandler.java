package org.newsgraph.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.newsgraph.graph.GraphUnavailableException;

/**
 * Neo4j being down is the server's trouble, not the client's, and may pass: 503, and the
 * client may retry.
 */
@Singleton
@Produces
@Requires(classes = { GraphUnavailableException.class, ExceptionHandler.class })
final class GraphUnavailableExceptionHandler implements ExceptionHandler<GraphUnavailableException, HttpResponse<?>> {

	private final ErrorResponseProcessor<?> errors;

	GraphUnavailableExceptionHandler(ErrorResponseProcessor<?> errors) {
		this.errors = errors;
	}

	@Override
	public HttpResponse<?> handle(HttpRequest request, GraphUnavailableException exception) {
		return errors.processResponse(ErrorContext.builder(request)
			.cause(exception)
			.errorMessage("The graph database is not available; try again shortly.")
			.build(), HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
	}

}
