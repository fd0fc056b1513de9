package org.openmes.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Catch-all mapper: every failure of the API, whatever its type or wrapping, becomes a problem document;
 * nothing reaches the client as an HTML error page or a stack trace.
 */
@Provider
@ApplicationScoped
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Inject
    ProblemFactory problems;

    @Override
    public Response toResponse(Throwable failure) {
        return problems.toResponse(failure);
    }
}
