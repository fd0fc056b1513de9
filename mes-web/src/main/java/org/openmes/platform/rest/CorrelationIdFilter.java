package org.openmes.platform.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.openmes.audit.service.AuditContext;
import org.openmes.common.CorrelationId;
import org.openmes.common.InvalidInputException;

/**
 * Gives every API call a correlation id: the client's {@value #HEADER} when it sent a sane one, a new UUID
 * otherwise. It is echoed in the response header, written into problem documents and logged with server
 * errors, so a user's report can be matched with the server log. Runs first of all filters.
 * <p>
 * It also hands the id to the audit trail, with the client's reason for the change ({@value #REASON_HEADER}),
 * so that every entry the call causes names both.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Correlation-Id";
    public static final String REASON_HEADER = "X-Change-Reason";

    /** Client ids end up in logs and headers: no spaces, control characters or novels. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    CurrentRequest current;

    @Inject
    AuditContext audit;

    @Override
    public void filter(ContainerRequestContext request) {
        String sent = request.getHeaderString(HEADER);
        current.record(request, sent != null && ACCEPTED.matcher(sent).matches() ? sent : CorrelationId.random());
        try {
            audit.begin(current.correlationId(), request.getHeaderString(REASON_HEADER));
        } catch (InvalidInputException badReason) {
            throw new MalformedRequestException(REASON_HEADER, REASON_HEADER + " " + badReason.getMessage(), badReason);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, current.correlationId());
    }
}
