package org.openmes.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.openmes.common.CorrelationId;

/**
 * What the problem documents and the logs need to know of the API call being served: its correlation id and
 * request line. Recorded by {@link CorrelationIdFilter} before anything else can fail; a CDI bean rather
 * than the servlet request so that the REST layer does not depend on the Servlet API.
 */
@RequestScoped
public class CurrentRequest {
    private String correlationId;
    private String method;
    private String path;
    private String contentType;

    void record(ContainerRequestContext request, String correlationId) {
        this.correlationId = correlationId;
        this.method = request.getMethod();
        this.path = request.getUriInfo().getRequestUri().getRawPath();
        this.contentType = request.getHeaderString("Content-Type");
    }

    /** Never null: a failure before the filter ran still gets an id to quote. */
    public String correlationId() {
        if (correlationId == null) {
            correlationId = CorrelationId.random();
        }
        return correlationId;
    }

    public String method() {
        return method;
    }

    /** Raw request path including the context root, the problem's {@code instance}. */
    public String path() {
        return path;
    }

    public String contentType() {
        return contentType;
    }
}
