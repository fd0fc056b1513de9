package org.openmes.platform.push.web;

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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.openmes.platform.push.PushAudience;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushMessage;

/**
 * Forwards the application's push messages to the pages' websockets ({@link PushEndpoint} for signed-in users,
 * {@link KioskPushEndpoint} for kiosks), each page receiving only the topics it subscribed to when it connected
 * ({@code ?topics=equipment-12+line-3}). Each socket writes one message at a time and keeps what waits meanwhile
 * ({@link PushSocket}), so a page on a slow network delays only itself and no message is lost on the way. A socket with
 * an end (a kiosk session's expiry) is closed then. They answer the application which topics open pages watch
 * ({@link PushAudience}: the application computes the live figures of watched lines only) and report each page that
 * subscribes, so that it gets them at once.
 */
@ApplicationScoped
public class PushSockets {
    private static final Logger LOG = Logger.getLogger(PushSockets.class.getName());
    /** The request parameter naming the page's topics, separated by spaces. */
    static final String TOPICS = "topics";
    /** More topics than this on one socket is not a page of ours. */
    static final int MAX_TOPICS = 2000;
    private static final Pattern TOPIC = Pattern.compile("[a-z]+(-[0-9]+)?");

    private record Registered(PushSocket socket, ScheduledFuture<?> end) {
    }

    private final Map<Session, Registered> sockets = new ConcurrentHashMap<>();

    @Inject
    private PushBus bus;

    @Inject
    private PushAudience audience;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Consumer<PushMessage> forward = message -> sockets.values().forEach(registered -> registered.socket().offer(message));

    private final PushAudience.Subscriptions subscriptions = topic -> sockets.values().stream()
            .anyMatch(registered -> registered.socket().subscribedTo(topic));

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        bus.subscribe(forward);
        audience.attach(subscriptions);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        audience.detach(subscriptions);
        bus.unsubscribe(forward);
    }

    /**
     * A page's socket opened: it receives the topics its request named from now on, until it closes or, when
     * {@code end} is not null, until then (the socket is closed at {@code end}).
     */
    void opened(Session session, Instant end) throws IOException {
        Set<String> topics = topics(session.getRequestParameterMap().get(TOPICS));
        if (topics == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "topics: at most " + MAX_TOPICS + " topic names"));
            return;
        }
        ScheduledFuture<?> closing = end == null ? null
                : scheduler.schedule(() -> end(session), Math.max(0, Duration.between(Instant.now(), end).toMillis()), TimeUnit.MILLISECONDS);
        sockets.put(session, new Registered(new PushSocket(new SessionTransport(session), topics), closing));
        audience.subscribed(topics);
    }

    void closed(Session session) {
        Registered registered = sockets.remove(session);
        if (registered != null && registered.end() != null) {
            registered.end().cancel(false);
        }
    }

    /** The topic names of the request parameter; null when they are not topic names or too many. */
    static Set<String> topics(List<String> parameter) {
        Set<String> topics = new LinkedHashSet<>();
        if (parameter != null) {
            for (String value : parameter) {
                Arrays.stream(value.trim().split("[\\s,]+")).filter(name -> !name.isEmpty()).forEach(topics::add);
            }
        }
        if (topics.size() > MAX_TOPICS || !topics.stream().allMatch(name -> TOPIC.matcher(name).matches())) {
            return null;
        }
        return topics;
    }

    private void end(Session session) {
        try {
            // the page reconnects; with a renewed session it is let in again, with an expired one it is refused
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "session expired"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing an expired push socket failed; it is dropped", e);
        } finally {
            closed(session);
        }
    }

    /** A websocket session as a {@link PushSocket.Transport}. */
    private record SessionTransport(Session session) implements PushSocket.Transport {
        @Override
        public void write(String text, Consumer<Throwable> done) {
            session.getAsyncRemote().sendText(text, result -> done.accept(result.isOK() ? null
                    : result.getException() != null ? result.getException() : new IOException("not written")));
        }

        @Override
        public boolean isOpen() {
            return session.isOpen();
        }

        @Override
        public void close(String reason) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, reason));
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing a push socket after a failed write failed; it is dropped", e);
            }
        }
    }
}
