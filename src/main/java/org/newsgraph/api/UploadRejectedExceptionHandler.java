package org.newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Singleton
@Produces
final class UploadRejectedExceptionHandler extends ProblemHandler<UploadRejectedException> {

	UploadRejectedExceptionHandler(ErrorResponseProcessor<?> errors) {
		super(errors, HttpStatus.UNPROCESSABLE_ENTITY);
	}

}
