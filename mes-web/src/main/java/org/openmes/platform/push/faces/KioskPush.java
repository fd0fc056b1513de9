package org.openmes.platform.push.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.openmes.platform.push.PushBus;

/**
 * Forwards the application's push topics to the kiosks' websockets ({@link KioskPushEndpoint}). Kiosk pages cannot use
 * the Faces channel: an operator is signed in by the kiosk session cookie, which the browser sends, and the server
 * checks, only under {@code /kiosk/}, while the Faces endpoint lies at {@code /jakarta.faces.push/}.
 */
@ApplicationScoped
public class KioskPush {
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    @Inject
    private PushBus bus;

    private final Consumer<String> forward = topic -> sessions.forEach(session -> {
        if (session.isOpen()) {
            // asynchronous: a kiosk whose network hangs holds up no publisher
            session.getAsyncRemote().sendText(topic);
        }
    });

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        bus.subscribe(forward);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        bus.unsubscribe(forward);
    }

    void opened(Session session) {
        sessions.add(session);
    }

    void closed(Session session) {
        sessions.remove(session);
    }
}
