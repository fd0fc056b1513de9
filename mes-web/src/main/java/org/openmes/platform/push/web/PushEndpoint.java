package org.openmes.platform.push.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The push websocket of signed-in users' pages ({@code /push?topics=…}): it lies under the web module's security
 * constraint, so the server authenticates the upgrade request by the user's single sign-on like every page. It only
 * sends topic names and live values ({@link PushSockets}); what a page then shows is read through the guarded services.
 */
@ServerEndpoint("/push")
public class PushEndpoint {
    private static final Logger LOG = Logger.getLogger(PushEndpoint.class.getName());

    @OnOpen
    public void open(Session session) throws IOException {
        sockets().opened(session, null);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        sockets().closed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // a page that went away mid-send: it reconnects when it comes back
        LOG.log(Level.FINE, "Push websocket failed", failure);
        sockets().closed(session);
    }

    /**
     * Looked up, not injected: Liberty creates endpoint instances itself and its fallback injection into a class that is
     * not a CDI bean fails (CWOWB1006E).
     */
    static PushSockets sockets() {
        return CDI.current().select(PushSockets.class).get();
    }
}
