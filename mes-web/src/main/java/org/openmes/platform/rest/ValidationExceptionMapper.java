package org.openmes.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Exists only to take validation failures away from RESTEasy's built-in
 * {@code ExceptionMapper<ValidationException>}, which is closer to the exception type than the catch-all
 * {@link ThrowableMapper} and would answer in its own format.
 */
@Provider
@ApplicationScoped
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Inject
    ProblemFactory problems;

    @Override
    public Response toResponse(ValidationException failure) {
        return problems.toResponse(failure);
    }
}
