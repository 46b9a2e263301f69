package org.newsgraph.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** 401 with the scheme to use (RFC 6750), or 403 when no token would help. */
@Singleton
@Produces
final class AccessRefusedExceptionHandler implements ExceptionHandler<AccessRefusedException, HttpResponse<?>> {

	private final ErrorResponseProcessor<?> errors;

	AccessRefusedExceptionHandler(ErrorResponseProcessor<?> errors) {
		this.errors = errors;
	}

	@Override
	public HttpResponse<?> handle(HttpRequest request, AccessRefusedException exception) {
		HttpStatus status = exception.authenticating() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
		var response = HttpResponse.status(status);
		if (exception.authenticating()) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsgraph\"");
		}
		return errors.processResponse(
				ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage()).build(), response);
	}

}
