package org.newsgraph.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.newsgraph.query.NotFoundException;

@Singleton
@Produces
@Requires(classes = { NotFoundException.class, ExceptionHandler.class })
final class NotFoundExceptionHandler implements ExceptionHandler<NotFoundException, HttpResponse<?>> {

	private final ErrorResponseProcessor<?> errors;

	NotFoundExceptionHandler(ErrorResponseProcessor<?> errors) {
		this.errors = errors;
	}

	@Override
	public HttpResponse<?> handle(HttpRequest request, NotFoundException exception) {
		return errors.processResponse(
				ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage()).build(),
				HttpResponse.notFound());
	}

}
