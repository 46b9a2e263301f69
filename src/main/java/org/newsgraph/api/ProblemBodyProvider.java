package org.newsgraph.api;

import java.util.stream.Collectors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Renders every error Micronaut reports (unknown routes, bad parameters, constraint
 * violations, our own exceptions) as a problem document. The detail names what was wrong;
 * internals never leave the server.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

	@Override
	public Problem body(ErrorContext context, HttpResponse<?> response) {
		String detail = context.getErrors()
			.stream()
			.map(Error::getMessage)
			.collect(Collectors.collectingAndThen(Collectors.joining("; "), text -> text.isEmpty() ? null : text));
		return new Problem("about:blank", response.reason(), response.code(), detail, context.getRequest().getPath());
	}

	@Override
	public String contentType() {
		return Problem.CONTENT_TYPE;
	}

}
