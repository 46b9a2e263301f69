package org.newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.newsgraph.query.InvalidQueryException;

@Singleton
@Produces
final class InvalidQueryExceptionHandler extends ProblemHandler<InvalidQueryException> {

	InvalidQueryExceptionHandler(ErrorResponseProcessor<?> errors) {
		super(errors, HttpStatus.BAD_REQUEST);
	}

}
