package org.newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.newsgraph.graph.GraphUnavailableException;

/**
 * Neo4j being down is the server's trouble, not the client's, and may pass: 503, and the
 * client may retry.
 */
@Singleton
@Produces
final class GraphUnavailableExceptionHandler extends ProblemHandler<GraphUnavailableException> {

	GraphUnavailableExceptionHandler(ErrorResponseProcessor<?> errors) {
		super(errors, HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Override
	String detail(GraphUnavailableException exception) {
		return "The graph database is not available; try again shortly.";
	}

}
