package org.openmes.platform.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who listens now: which topics the open pages subscribed to. Only the web module's sockets know that, and beans of
 * this module cannot see the web module's beans, so the sockets attach themselves here as the {@link Subscriptions}
 * port and report each page that subscribes ({@link #subscribed}). Beans of this module ask ({@link #watched}) before
 * they compute something only a page would show, and hear of a page that subscribed by the CDI event
 * {@link TopicsSubscribed}, so that they can send it what it shows without waiting for the next change.
 */
@ApplicationScoped
public class PushAudience {
    /** The port the web module implements: the subscriptions of the pages open now. */
    @FunctionalInterface
    public interface Subscriptions {
        /** Whether an open page subscribed to {@code topic}. */
        boolean subscribed(String topic);
    }

    private final List<Subscriptions> attached = new CopyOnWriteArrayList<>();

    @Inject
    private Event<TopicsSubscribed> subscribedEvent;

    /** Answers from now on which topics pages watch (the web module at deployment). */
    public void attach(Subscriptions subscriptions) {
        attached.add(subscriptions);
    }

    /** Stops answering (the web module at undeployment). */
    public void detach(Subscriptions subscriptions) {
        attached.remove(subscriptions);
    }

    /** Whether an open page subscribed to {@code topic}; false while no web module is attached. */
    public boolean watched(String topic) {
        for (Subscriptions subscriptions : attached) {
            if (subscriptions.subscribed(topic)) {
                return true;
            }
        }
        return false;
    }

    /** A page subscribed to {@code topics} (its socket opened): tells this module's observers of {@link TopicsSubscribed}. */
    public void subscribed(Set<String> topics) {
        subscribedEvent.fire(new TopicsSubscribed(Set.copyOf(topics)));
    }
}
