package org.newsgraph.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import org.newsgraph.NewsgraphException;

/**
 * Turns one kind of our exceptions into a problem response with a fixed status.
 * Subclasses say which kind, which status, and, where the exception's own message is not
 * for clients, what to say instead.
 */
abstract class ProblemHandler<E extends NewsgraphException> implements ExceptionHandler<E, HttpResponse<?>> {

	private final ErrorResponseProcessor<?> errors;

	private final HttpStatus status;

	ProblemHandler(ErrorResponseProcessor<?> errors, HttpStatus status) {
		this.errors = errors;
		this.status = status;
	}

	@Override
	public HttpResponse<?> handle(HttpRequest request, E exception) {
		return errors.processResponse(
				ErrorContext.builder(request).cause(exception).errorMessage(detail(exception)).build(),
				HttpResponse.status(status));
	}

	String detail(E exception) {
		return exception.getMessage();
	}

}
