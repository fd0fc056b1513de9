package org.openmes.security.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the current request came from a client (a page, the REST API) rather than from the MES itself. The
 * web module marks every request it receives; a client's request without a signed-in caller is then refused
 * instead of being taken for the system's own work (defence in depth, should a URL ever be left open).
 */
@RequestScoped
public class ClientRequest {
    private boolean fromClient;

    /** Called by the web module first thing in every request. */
    public void markFromClient() {
        fromClient = true;
    }

    public boolean isFromClient() {
        return fromClient;
    }
}
