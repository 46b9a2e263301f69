package org.newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.newsgraph.query.NotFoundException;

@Singleton
@Produces
final class NotFoundExceptionHandler extends ProblemHandler<NotFoundException> {

	NotFoundExceptionHandler(ErrorResponseProcessor<?> errors) {
		super(errors, HttpStatus.NOT_FOUND);
	}

}
