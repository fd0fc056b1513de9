package org.openmes.platform.push.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kiosks' push websocket: it lies under {@code /kiosk/}, so the server authenticates the upgrade request by the
 * kiosk session like every kiosk page (web.xml's security constraint: signed-in callers only). It only sends topic
 * names ({@link KioskPush}); what a kiosk page then shows is read through the guarded services.
 */
@ServerEndpoint("/kiosk/push")
public class KioskPushEndpoint {
    private static final Logger LOG = Logger.getLogger(KioskPushEndpoint.class.getName());

    @OnOpen
    public void open(Session session) {
        push().opened(session);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        push().closed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // a kiosk that went away mid-send: its page reconnects when it comes back
        LOG.log(Level.FINE, "Kiosk push websocket failed", failure);
        push().closed(session);
    }

    /**
     * Looked up, not injected: Liberty creates endpoint instances itself and its fallback injection into a class that is
     * not a CDI bean fails (CWOWB1006E).
     */
    private static KioskPush push() {
        return CDI.current().select(KioskPush.class).get();
    }
}
