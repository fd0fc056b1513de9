package org.openmes.platform.push.faces;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openmes.platform.push.PushBus;

/**
 * Forwards the application's push messages to the kiosks' websockets ({@link KioskPushEndpoint}). Kiosk pages cannot use
 * the Faces channel: an operator is signed in by the kiosk session cookie, which the browser sends, and the server
 * checks, only under {@code /kiosk/}, while the Faces endpoint lies at {@code /jakarta.faces.push/}.
 * <p>
 * Sends are asynchronous and one at a time per socket (a socket refuses a second asynchronous send while one is under
 * way): a kiosk whose network hangs holds up nobody else, and its messages wait in its own short queue. A socket is
 * closed when the kiosk session that opened it expires: the socket itself renews nothing, and without the close an
 * idle kiosk would keep receiving the floor's messages after its operator was signed out.
 */
@ApplicationScoped
public class KioskPush {
    private static final Logger LOG = Logger.getLogger(KioskPush.class.getName());
    /** More waiting messages than this on one socket: the kiosk does not read, so it loses the oldest. */
    private static final int MAX_WAITING = 100;

    private final Map<Session, Socket> sockets = new ConcurrentHashMap<>();

    @Inject
    private PushBus bus;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Consumer<String> forward = message -> sockets.values().forEach(socket -> socket.send(message));

    /** One kiosk's socket: its waiting messages and the close at its session's expiry; guarded by itself. */
    private static final class Socket {
        private final Session session;
        private final Queue<String> waiting = new ArrayDeque<>();
        private boolean sending;
        private ScheduledFuture<?> expiry;

        Socket(Session session) {
            this.session = session;
        }

        void send(String message) {
            synchronized (this) {
                if (sending) {
                    if (waiting.size() >= MAX_WAITING) {
                        waiting.poll();
                    }
                    waiting.add(message);
                    return;
                }
                sending = true;
            }
            write(message);
        }

        private void write(String message) {
            if (!session.isOpen()) {
                return; // its close removes it
            }
            session.getAsyncRemote().sendText(message, result -> {
                if (!result.isOK()) {
                    // the kiosk went away mid-send: its page reconnects when it comes back
                    LOG.log(Level.FINE, "Kiosk push send failed", result.getException());
                }
                String next;
                synchronized (this) {
                    next = waiting.poll();
                    if (next == null) {
                        sending = false;
                        return;
                    }
                }
                write(next);
            });
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        bus.subscribe(forward);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        bus.unsubscribe(forward);
    }

    /** A kiosk's socket opened; it is closed at {@code expires}, when the kiosk session that opened it ends. */
    void opened(Session session, Instant expires) {
        Socket socket = new Socket(session);
        sockets.put(session, socket);
        long delay = Math.max(0, Duration.between(Instant.now(), expires).toMillis());
        socket.expiry = scheduler.schedule(() -> expire(session), delay, TimeUnit.MILLISECONDS);
    }

    void closed(Session session) {
        Socket socket = sockets.remove(session);
        if (socket != null && socket.expiry != null) {
            socket.expiry.cancel(false);
        }
    }

    private void expire(Session session) {
        try {
            // the page reconnects; with a renewed session it is let in again, with an expired one it is refused
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "kiosk session expired"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing an expired kiosk's push socket failed; it is dropped", e);
        } finally {
            closed(session);
        }
    }
}
