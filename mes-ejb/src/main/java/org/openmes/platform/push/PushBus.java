package org.openmes.platform.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @Resource
    private TransactionSynchronizationRegistry transactions;

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

    /**
     * Announces {@code topic} once the caller's transaction has committed (each topic once per transaction), so a page
     * that refreshes on it reads the change; nothing when the transaction rolls back. Without a transaction at once.
     */
    public void publishAfterCommit(String topic) {
        if (transactions.getTransactionKey() == null) {
            publish(topic);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) transactions.getResource(PushBus.class);
        if (pending == null) {
            Set<String> topics = new LinkedHashSet<>();
            transactions.putResource(PushBus.class, topics);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: topics go out only after a commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        topics.forEach(PushBus.this::publish);
                    }
                }
            });
            pending = topics;
        }
        pending.add(topic);
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
