package org.openmes.platform.push.web;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The kiosks' push websocket: it lies under {@code /kiosk/}, so the server authenticates the upgrade request by the
 * kiosk session like every kiosk page (web.xml's security constraint: signed-in callers only); the pages of signed-in
 * users cannot be reached there, nor kiosks at {@link PushEndpoint}: the kiosk session cookie lives under {@code /kiosk/}
 * only. It works as {@link PushEndpoint} does ({@link PushSockets}), except that the socket is closed when the kiosk
 * session that opened it expires: neither the socket nor a push-triggered refresh renews the session, so an idle
 * kiosk signs its operator out and stops receiving the floor's messages.
 */
@ServerEndpoint("/kiosk/push")
public class KioskPushEndpoint {
    private static final Logger LOG = Logger.getLogger(KioskPushEndpoint.class.getName());

    @OnOpen
    public void open(Session session) throws IOException {
        PushEndpoint.sockets().opened(session, expiry(session));
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        PushEndpoint.sockets().closed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // a kiosk that went away mid-send: its page reconnects when it comes back
        LOG.log(Level.FINE, "Kiosk push websocket failed", failure);
        PushEndpoint.sockets().closed(session);
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
}
