package org.openmes.platform.push;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the application announces changes for live pages. The web module subscribes once and forwards each topic to
 * the browsers; CDI events would not reach it, because beans of the EJB module do not see the web module's beans.
 * Publishing is cheap and never fails the publisher: a subscriber that throws is logged and the others still run.
 */
@ApplicationScoped
public class PushBus {
    private static final Logger LOG = Logger.getLogger(PushBus.class.getName());

    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

    /** Announces that something of {@code topic} (see {@link PushTopics}) changed. */
    public void publish(String topic) {
        for (Consumer<String> subscriber : subscribers) {
            try {
                subscriber.accept(topic);
            } catch (RuntimeException e) {
                // a live page is a convenience: its failure must not fail the work that changed something
                LOG.log(Level.WARNING, "Push subscriber failed on topic " + topic, e);
            }
        }
    }

    /** Receives every published topic, on the publisher's thread. */
    public void subscribe(Consumer<String> subscriber) {
        subscribers.add(subscriber);
    }

    /** Stops receiving topics (the web module at undeployment). */
    public void unsubscribe(Consumer<String> subscriber) {
        subscribers.remove(subscriber);
    }
}
