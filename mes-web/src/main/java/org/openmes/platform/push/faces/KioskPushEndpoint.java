package org.openmes.platform.push.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The kiosks' push websocket: it lies under {@code /kiosk/}, so the server authenticates the upgrade request by the
 * kiosk session like every kiosk page (web.xml's security constraint: signed-in callers only). It only sends topic
 * names and live values ({@link KioskPush}); what a kiosk page then shows is read through the guarded services. The
 * socket is closed when the kiosk session that opened it expires.
 */
@ServerEndpoint("/kiosk/push")
public class KioskPushEndpoint {
    private static final Logger LOG = Logger.getLogger(KioskPushEndpoint.class.getName());

    @OnOpen
    public void open(Session session) {
        push().opened(session, expiry(session));
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
     * When the kiosk session that opened the socket expires: the expiry of its token; a principal without one (not a
     * kiosk session token) is given the idle time from now.
     */
    private static Instant expiry(Session session) {
        if (session.getUserPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            return Instant.ofEpochSecond(token.getExpirationTime());
        }
        return Instant.now().plus(ConfigProvider.getConfig().getOptionalValue("mes.kiosk.idle-timeout", Duration.class)
                .orElse(Duration.ofMinutes(5)));
    }

    /**
     * Looked up, not injected: Liberty creates endpoint instances itself and its fallback injection into a class that is
     * not a CDI bean fails (CWOWB1006E).
     */
    private static KioskPush push() {
        return CDI.current().select(KioskPush.class).get();
    }
}
